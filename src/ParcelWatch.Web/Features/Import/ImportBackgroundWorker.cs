using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Runs queued imports one at a time, in the background, so no request waits on one. At start and every
/// <see cref="ImportJobLease.PollInterval"/> it looks for jobs no live worker holds: queued ones, and running ones whose
/// lease ran out (their instance stopped); those resume after their last committed batch. On SQLite this process is
/// the only instance, so whatever was running when it started was left by the previous process and is taken up at once.
/// </summary>
public sealed class ImportBackgroundWorker(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ImportWorkerInbox inbox,
    ImportJobLease lease,
    DatabaseSettings database,
    TimeProvider clock,
    ILogger<ImportBackgroundWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await ReleaseLeasesOfThePreviousProcessAsync(stoppingToken);
        }

        var polling = PollAsync(stoppingToken);
        await foreach (var jobId in inbox.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RunAsync(jobId, stoppingToken);
        }

        await polling;
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ImportJobLease.PollInterval, clock);
        try
        {
            do
            {
                try
                {
                    await EnqueueUnheldAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogWarning(error, "Looking for import jobs to resume failed; trying again in {Interval}", ImportJobLease.PollInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task EnqueueUnheldAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = lease.Now;
        var unheld = await db.ImportJobs.AsNoTracking()
            .Where(j => j.State == ImportJobState.Queued
                || (j.State == ImportJobState.Running && (j.LeaseUntil == null || j.LeaseUntil < now)))
            .OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.State }).ToListAsync(cancellationToken);
        foreach (var job in unheld)
        {
            if (job.State == ImportJobState.Running)
            {
                logger.LogInformation("Import {JobId} was left unfinished by a stopped worker: resuming", job.Id);
            }

            inbox.Enqueue(job.Id);
        }
    }

    private async Task ReleaseLeasesOfThePreviousProcessAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ImportJobs.Where(j => j.State == ImportJobState.Running)
            .ExecuteUpdateAsync(j => j.SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
    }
}
