using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Runs queued imports one at a time, in the background, so no request waits on one. At start it takes up the jobs
/// a previous process left queued or running: those resume after their last committed batch.
/// </summary>
public sealed class ImportWorker(IServiceScopeFactory scopes, ImportJobSignal queue, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        await RequeueUnfinishedAsync(stoppingToken);
        await foreach (var jobId in queue.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(jobId, stoppingToken);
        }
    }

    private async Task RequeueUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ParcelWatchDbContext>>().CreateDbContextAsync(cancellationToken);
        var unfinished = await db.ImportJobs.AsNoTracking()
            .Where(j => j.State == ImportJobState.Queued || j.State == ImportJobState.Running)
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(cancellationToken);
        foreach (var jobId in unfinished)
        {
            logger.LogInformation("Import {JobId} left unfinished by the previous process: resuming", jobId);
            queue.Enqueue(jobId);
        }
    }
}
