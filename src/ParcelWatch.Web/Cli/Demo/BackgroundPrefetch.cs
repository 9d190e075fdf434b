using System.Collections.Concurrent;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>Enumerates a sequence on a background thread, a few chunks ahead of its consumer.</summary>
public static class BackgroundPrefetch
{
    private const int ChunkSize = 1_000;
    private const int ChunksAhead = 8;

    /// <summary>
    /// The items of <paramref name="source"/> in order, produced on a thread-pool thread while the caller consumes them
    /// (so generating and inserting use both cores). An exception of the source is rethrown to the consumer; when the
    /// consumer stops early, the producer stops too.
    /// </summary>
    public static IEnumerable<T> Prefetch<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Iterate(source, cancellationToken);
    }

    private static IEnumerable<T> Iterate<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var chunks = new BlockingCollection<List<T>>(ChunksAhead);
        var producer = Task.Run(() => Produce(source, chunks, stop.Token), stop.Token);
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable(stop.Token))
            {
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }

            producer.GetAwaiter().GetResult(); // rethrows the source's exception, if any
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException) when (producer.IsCanceled || producer.IsFaulted)
            {
                // Already reported above, or the consumer stopped early and the producer was told to stop.
            }
        }
    }

    private static void Produce<T>(IEnumerable<T> source, BlockingCollection<List<T>> chunks, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<T>(ChunkSize);
            foreach (var item in source)
            {
                chunk.Add(item);
                if (chunk.Count == ChunkSize)
                {
                    chunks.Add(chunk, cancellationToken);
                    chunk = new List<T>(ChunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                chunks.Add(chunk, cancellationToken);
            }
        }
        finally
        {
            chunks.CompleteAdding();
        }
    }
}
