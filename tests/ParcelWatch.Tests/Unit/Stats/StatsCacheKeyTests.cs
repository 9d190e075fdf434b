using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>Every filter is cached, however long its text: HybridCache itself refuses keys over 1,024 characters.</summary>
public sealed class StatsCacheKeyTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]
    public async Task An_answer_is_computed_once_per_key_whatever_its_length(int keyLength)
    {
        using var services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        var cache = new StatsCache(services.GetRequiredService<HybridCache>());
        var key = new string('x', keyLength);
        var computed = 0;
        ValueTask<int> Compute(CancellationToken _) => ValueTask.FromResult(++computed);

        var first = await cache.GetOrComputeAsync(key, Compute, CancellationToken.None);
        var second = await cache.GetOrComputeAsync(key, Compute, CancellationToken.None);
        var other = await cache.GetOrComputeAsync(key + "y", Compute, CancellationToken.None);

        Assert.Equal((1, 1, 2), (first, second, other));
    }
}
