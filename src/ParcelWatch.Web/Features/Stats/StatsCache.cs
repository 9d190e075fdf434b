using Microsoft.Extensions.Caching.Hybrid;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Statistics are the same for every reader, so each answer (per query and filter) is computed once by one request
/// (HybridCache protects against stampedes) and kept for at most <see cref="Lifetime"/>. Any saved change to reports
/// or their events drops them all in this process (<see cref="StatsInvalidation"/>); another instance behind a load
/// balancer sees a change after at most <see cref="Lifetime"/>.
/// </summary>
public sealed class StatsCache(HybridCache cache)
{
    public const string Tag = "stats";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private static readonly HybridCacheEntryOptions Options = new() { Expiration = Lifetime, LocalCacheExpiration = Lifetime };

    private static readonly string[] Tags = [Tag];

    public ValueTask<T> GetOrComputeAsync<T>(string key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"{Tag}:{key}", compute, Options, Tags, cancellationToken);

    public ValueTask InvalidateAsync() => cache.RemoveByTagAsync(Tag);
}
