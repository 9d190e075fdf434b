using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>
/// Every filter is cached, however long its text (HybridCache itself refuses keys over 1,024 characters), and for a
/// lifetime that suits the deployment: long on SQLite's one instance, short where several instances share PostgreSQL.
/// </summary>
public sealed class StatsCacheTests
{
    [Theory]
    [InlineData(null, null, 60)]
    [InlineData("Sqlite", null, 60)]
    [InlineData("Postgres", null, 2)]
    [InlineData("postgres", "7", 7)]
    [InlineData("Sqlite", "0", 1)]
    public void The_lifetime_follows_the_provider_unless_configured(string? provider, string? seconds, int expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Stats:CacheSeconds"] = seconds,
        }).Build();

        Assert.Equal(TimeSpan.FromSeconds(expected), StatsCache.LifetimeFrom(configuration));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]
    public async Task An_answer_is_computed_once_per_key_whatever_its_length(int keyLength)
    {
        using var services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        var cache = new StatsCache(services.GetRequiredService<HybridCache>(), new StatsFreshness(TimeProvider.System, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)));
        var key = new string('x', keyLength);
        var computed = 0;
        ValueTask<int> Compute(CancellationToken _) => ValueTask.FromResult(++computed);

        var first = await cache.GetOrComputeAsync(key, Compute, CancellationToken.None);
        var second = await cache.GetOrComputeAsync(key, Compute, CancellationToken.None);
        var other = await cache.GetOrComputeAsync(key + "y", Compute, CancellationToken.None);

        Assert.Equal((1, 1, 2), (first, second, other));
    }
}
