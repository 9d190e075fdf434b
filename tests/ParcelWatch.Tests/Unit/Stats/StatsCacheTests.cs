using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>
/// Every filter is cached, however long its text (HybridCache itself refuses keys over 1,024 characters), and for a
/// lifetime that suits the deployment: long on SQLite's one instance, short where several instances share PostgreSQL.
/// </summary>
public sealed class StatsCacheTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, 60)]
    [InlineData(DatabaseProvider.Postgres, null, 2)]
    [InlineData(DatabaseProvider.Postgres, 7, 7)]
    [InlineData(DatabaseProvider.Sqlite, 1, 1)]
    public void The_lifetime_follows_the_provider_unless_configured(DatabaseProvider provider, int? seconds, int expected) =>
        Assert.Equal(TimeSpan.FromSeconds(expected), new StatsOptions { CacheSeconds = seconds }.Lifetime(provider));

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
