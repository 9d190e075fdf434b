using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Statistics are the same for every reader, so each answer (per query and filter) is computed once by one request
/// (HybridCache protects against stampedes) and kept for at most its lifetime. Any saved change to reports or their
/// events drops them all in this process (<see cref="StatsInvalidation"/>) and marks the cached pages and API answers
/// stale (<see cref="StatsFreshness"/>); another instance behind a load balancer sees a change once its own copy
/// expires: <c>Stats:CacheSeconds</c>, by default 60 on SQLite (one instance) and 2 on PostgreSQL (several instances;
/// docs/deploy.md).
/// </summary>
public sealed class StatsCache(HybridCache cache, StatsFreshness freshness, TimeSpan? lifetime = null)
{
    public const string Tag = "stats";

    private readonly HybridCacheEntryOptions _options = new()
    {
        Expiration = lifetime ?? DefaultLifetime,
        LocalCacheExpiration = lifetime ?? DefaultLifetime,
    };

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(1);

    private static readonly string[] Tags = [Tag];

    /// <summary>HybridCache refuses (and logs as an error) keys over 1,024 characters; longer filters are hashed.</summary>
    private const int LongestPlainKey = 256;

    public async ValueTask<T> GetOrComputeAsync<T>(string key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            CacheKey(key),
            async ct => new Snapshot<T>(await compute(ct)),
            _options,
            Tags,
            cancellationToken)).Value;

    /// <summary>
    /// Sealed and marked immutable, so that HybridCache hands out the cached instance itself instead of a
    /// deserialized copy on every hit (the answers are read-only lists of records).
    /// </summary>
    [ImmutableObject(true)]
    private sealed record Snapshot<T>(T Value);

    private static string CacheKey(string key) =>
        key.Length <= LongestPlainKey
            ? $"{Tag}:{key}"
            : $"{Tag}:sha256:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";

    public ValueTask InvalidateAsync()
    {
        freshness.MarkStale();
        return cache.RemoveByTagAsync(Tag);
    }
}
