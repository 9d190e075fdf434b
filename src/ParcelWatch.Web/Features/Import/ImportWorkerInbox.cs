using System.Threading.Channels;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// The ids of jobs waiting for this process's <see cref="ImportBackgroundWorker"/>, in memory: the database is the record
/// (a restart finds queued jobs there again), this inbox only wakes the worker without waiting for its next poll.
/// </summary>
public sealed class ImportWorkerInbox
{
    private readonly Channel<Guid> _jobs = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid jobId) => _jobs.Writer.TryWrite(jobId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
