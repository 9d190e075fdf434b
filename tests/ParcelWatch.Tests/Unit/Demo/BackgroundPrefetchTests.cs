using ParcelWatch.Web.Cli.Demo;

namespace ParcelWatch.Tests.Unit.Demo;

public sealed class BackgroundPrefetchTests
{
    [Fact]
    public void Items_arrive_complete_and_in_order() =>
        Assert.Equal(Enumerable.Range(0, 12_345), BackgroundPrefetch.Prefetch(Enumerable.Range(0, 12_345), CancellationToken.None));

    [Fact]
    public void An_exception_of_the_source_reaches_the_consumer()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidOperationException("broken source");
        }

        var exception = Assert.Throws<InvalidOperationException>(() => BackgroundPrefetch.Prefetch(Failing(), CancellationToken.None).ToList());
        Assert.Equal("broken source", exception.Message);
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_producer()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return Interlocked.Increment(ref produced);
            }
        }

        Assert.Equal([1, 2, 3], BackgroundPrefetch.Prefetch(Endless(), CancellationToken.None).Take(3));
        var afterStop = Volatile.Read(ref produced);
        Thread.Sleep(50);
        Assert.Equal(afterStop, Volatile.Read(ref produced));
    }
}
