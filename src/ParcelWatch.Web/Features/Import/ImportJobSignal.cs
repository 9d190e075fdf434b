using System.Threading.Channels;

namespace ParcelWatch.Web.Features.Import;

/// <summary>Jobs waiting for this process's <see cref="ImportWorker"/>; the database is the record, this only wakes it.</summary>
public sealed class ImportJobSignal
{
    private readonly Channel<Guid> _jobs = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid jobId) => _jobs.Writer.TryWrite(jobId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
