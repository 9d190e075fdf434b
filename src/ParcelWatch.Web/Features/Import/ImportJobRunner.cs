using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Runs one import job: counts the rows, then reads, checks and stores them in batches. Each batch is one transaction
/// holding its reports, its rejected and duplicate rows and the job's new position, so a job stopped anywhere (a
/// cancel, a restart, a crash) has imported exactly the batches it counts, and a restarted worker goes on from there.
/// </summary>
public sealed class ImportJobRunner(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ImportFileStore files,
    ImportBatchProcessor batch,
    ImportParsers parsers,
    IOptions<ImportOptions> options,
    ImportJobLease lease,
    IStringLocalizer<SharedResource> localizer,
    ILogger<ImportJobRunner> logger)
{
    public async Task RunAsync(Guid jobId, CancellationToken stopping)
    {
        var job = await ClaimAsync(jobId, stopping);
        if (job is null)
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(job.Culture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            var parser = await parsers.CreateAsync(JsonSerializer.Deserialize<ImportSettings>(job.Settings)!, stopping);
            if (job.RowsTotal is null)
            {
                await SetTotalAsync(job, stopping);
            }

            if (await ImportRowsAsync(job, parser, stopping) is not { } state)
            {
                logger.LogWarning("Import {JobId} was taken over by another instance (this one's lease ran out)", jobId);
                return;
            }

            await FinishAsync(jobId, state, null, stopping);
            logger.LogInformation("Import {JobId} finished: {State}", jobId, state);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogInformation("Import {JobId} interrupted by shutdown; it resumes at the next start", jobId);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Import {JobId} failed", jobId);
            await FinishAsync(jobId, ImportJobState.Failed, localizer["The import stopped on an unexpected error; the rows counted as done are imported."], CancellationToken.None);
        }
    }

    /// <summary>
    /// Reads and checks the next batch on one task while the one before is written on another (two cores: parsing and
    /// SQLite each keep one busy), at most two batches ahead. Batches are stored in file order, one at a time.
    /// Null: another instance holds the job now.
    /// </summary>
    private async Task<ImportJobState?> ImportRowsAsync(ImportJob job, CsvRowParser parser, CancellationToken stopping)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var ready = Channel.CreateBounded<ImportBatchProcessor.Prepared>(2);
        var reading = Task.Run(
            async () =>
            {
                try
                {
                    using var file = files.Open(job);
                    file.Read(); // the header
                    foreach (var rows in file.Rest().Skip(job.RowsDone).Chunk(options.Value.BatchRows))
                    {
                        await ready.Writer.WriteAsync(await batch.PrepareAsync(job, rows, parser, stop.Token), stop.Token);
                    }

                    ready.Writer.Complete();
                }
                catch (Exception error)
                {
                    ready.Writer.Complete(error);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var prepared in ready.Reader.ReadAllAsync(stopping))
            {
                switch (await batch.StoreAsync(job.Id, prepared, stopping))
                {
                    case ImportBatchProcessor.Stored.Cancelled:
                        return ImportJobState.Cancelled;
                    case ImportBatchProcessor.Stored.TakenOver:
                        return null;
                }
            }

            return ImportJobState.Completed;
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }

    /// <summary>
    /// Marks the job running for this instance (one more attempt) if it is queued, or running under a lease that has
    /// run out; null when another instance holds it or it is not waiting for a worker any more.
    /// </summary>
    private async Task<ImportJob?> ClaimAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = lease.Now;
        var until = lease.Until;
        var claimed = await db.ImportJobs
            .Where(j => j.Id == jobId)
            .Where(j => j.State == ImportJobState.Queued
                || (j.State == ImportJobState.Running && (j.LeaseUntil == null || j.LeaseUntil < now)))
            .ExecuteUpdateAsync(
                j => j
                    .SetProperty(x => x.State, ImportJobState.Running)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1)
                    .SetProperty(x => x.StartedAt, x => x.StartedAt ?? now)
                    .SetProperty(x => x.ClaimedBy, lease.Instance)
                    .SetProperty(x => x.LeaseUntil, until),
                cancellationToken);
        return claimed == 0 ? null : await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
    }

    private async Task SetTotalAsync(ImportJob job, CancellationToken cancellationToken)
    {
        using (var file = files.Open(job))
        {
            file.Read();
            job.RowsTotal = file.Rest().Count();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var until = lease.Until;
        await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(
            j => j.SetProperty(x => x.RowsTotal, job.RowsTotal).SetProperty(x => x.LeaseUntil, until), cancellationToken);
    }

    /// <summary>Records the end; the uploaded file is not needed any more (the error report lives in the database).</summary>
    private async Task FinishAsync(Guid jobId, ImportJobState state, string? failure, CancellationToken cancellationToken)
    {
        files.Delete(jobId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = lease.Now;
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.State, state)
            .SetProperty(x => x.Failure, failure)
            .SetProperty(x => x.FinishedAt, now), cancellationToken);
    }
}
