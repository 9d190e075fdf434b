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

    /// <summary>
    /// The producer runs ahead on another thread; when the consumer stops, the producer must stop too and let go of the
    /// source. The source tells when it is let go; the waits have a timeout so that a producer that never stops fails
    /// the test instead of hanging it.
    /// </summary>
    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_producer()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var produced = 0;
        IEnumerable<int> Endless()
        {
            try
            {
                while (true)
                {
                    yield return Interlocked.Increment(ref produced);
                }
            }
            finally
            {
                released.TrySetResult();
            }
        }

        var firstThree = Task.Run(() => BackgroundPrefetch.Prefetch(Endless(), CancellationToken.None).Take(3).ToList());

        Assert.Equal([1, 2, 3], await firstThree.WaitAsync(HangGuard));
        await released.Task.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Cancelling_the_token_stops_the_producer_and_the_consumer()
    {
        using var cancellation = new CancellationTokenSource();
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IEnumerable<int> Endless()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                released.TrySetResult();
            }
        }

        var consumer = Task.Run(() =>
        {
            foreach (var item in BackgroundPrefetch.Prefetch(Endless(), cancellation.Token))
            {
                if (item == 10)
                {
                    cancellation.Cancel();
                }
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumer.WaitAsync(HangGuard));
        await released.Task.WaitAsync(HangGuard);
    }

    /// <summary>Not a timing assertion: only how long to wait before calling a hang a failure.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
}
