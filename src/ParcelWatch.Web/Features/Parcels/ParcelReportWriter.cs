using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>
/// Stores new reports with group commit. A report joins a queue; whichever request holds the commit gate takes
/// everything queued and stores it in one transaction, so reports submitted together share one durable commit
/// (one fsync of SQLite's WAL, whose single writer would otherwise take them one by one) and one duplicate lookup.
/// Each caller returns only once the transaction holding its report has committed: an acknowledged report is on disk.
/// </summary>
public sealed class ParcelReportWriter(IDbContextFactory<ParcelWatchDbContext> dbFactory) : IDisposable
{
    /// <summary>Reports per transaction at most: enough to amortize the commit, small enough to keep it short.</summary>
    public const int MaximumBatch = 256;

    private readonly ConcurrentQueue<PendingReport> _queue = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Inserts the report (its id is set when this returns) and answers the stored reports that may be the same
    /// parcel. Not cancellable once queued: a report may be stored together with others after its request has gone.
    /// </summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> AddAsync(ParcelReport report)
    {
        var pending = new PendingReport(report);
        _queue.Enqueue(pending);
        while (!pending.Stored.IsCompleted)
        {
            await _gate.WaitAsync();
            try
            {
                if (!pending.Stored.IsCompleted)
                {
                    await CommitQueuedAsync();
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return await pending.Stored;
    }

    public void Dispose() => _gate.Dispose();

    private async Task CommitQueuedAsync()
    {
        var batch = new List<PendingReport>();
        while (batch.Count < MaximumBatch && _queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        try
        {
            await SaveAsync(batch);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            // One report the database refuses must not fail the others: store them one by one.
            foreach (var pending in batch)
            {
                await SaveAloneAsync(pending);
            }
        }
        catch (Exception error)
        {
            // Each waiting request rethrows it as its own failure (the error page or a 500 problem).
            batch.ForEach(p => p.Fail(error));
        }
    }

    /// <summary>Stores one report of a refused batch; whatever goes wrong is that report's failure, never the others'.</summary>
    private async Task SaveAloneAsync(PendingReport pending)
    {
        pending.Report.Id = 0;
        try
        {
            await SaveAsync([pending]);
        }
        catch (Exception error)
        {
            // Every dequeued report must end completed, or its request would wait for a commit that never comes.
            pending.Fail(error);
        }
    }

    private async Task SaveAsync(List<PendingReport> batch)
    {
        var reports = batch.ConvertAll(p => p.Report);
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.ParcelReports.AddRange(reports);
        await db.SaveChangesAsync();
        var sameParcel = await ReadSameParcelAsync(db, reports);
        await transaction.CommitAsync();
        batch.ForEach(p => p.Succeed(SameParcel.CandidatesFor(p.Report, sameParcel)));
    }

    /// <summary>
    /// Every visible or duplicate report sharing a tracking number, or a shop and order number, with the batch. The lists
    /// go as one JSON parameter each (<c>EF.Parameter</c>): EF Core 10 would otherwise bind one parameter per item, a
    /// new SQL text for every batch size, each parsed and planned again (a third of the server's time here).
    /// </summary>
    private static Task<List<SameParcelRow>> ReadSameParcelAsync(ParcelWatchDbContext db, List<ParcelReport> reports)
    {
        var trackingNumbers = reports.Select(r => r.TrackingNumber).Distinct().ToList();
        var orderNumbers = reports.Where(r => r.OrderNumber is not null).Select(r => r.OrderNumber!).Distinct().ToList();
        var shops = reports.Where(r => r.OrderNumber is not null).Select(r => r.Shop).Distinct().ToList();
        return db.ParcelReports.AsNoTracking()
            .Where(p => p.ModerationState != ModerationState.Hidden
                && (EF.Parameter(trackingNumbers).Contains(p.TrackingNumber)
                    || (EF.Parameter(shops).Contains(p.Shop) && EF.Parameter(orderNumbers).Contains(p.OrderNumber!))))
            .Select(p => new SameParcelRow(p.Id, p.TrackingNumber, p.Shop, p.OrderNumber, p.CustomsPoint!.Code, p.CreatedAt))
            .ToListAsync();
    }

    private sealed class PendingReport(ParcelReport report)
    {
        private readonly TaskCompletionSource<IReadOnlyList<DuplicateCandidate>> _stored =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ParcelReport Report { get; } = report;

        public Task<IReadOnlyList<DuplicateCandidate>> Stored => _stored.Task;

        public void Succeed(IReadOnlyList<DuplicateCandidate> candidates) => _stored.TrySetResult(candidates);

        public void Fail(Exception error) => _stored.TrySetException(error);
    }
}
