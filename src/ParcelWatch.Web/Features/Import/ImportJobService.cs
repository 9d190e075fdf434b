using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Volunteers' imports: upload (the file is checked and kept, nothing imported yet), preview with guessed columns,
/// start (the worker takes it from there), progress, cancel, and the rows that were not imported.
/// </summary>
public sealed class ImportJobService(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ImportFileStore files,
    ImportIntake intake,
    ImportSettingsReader settingsReader,
    ImportDryRun dryRun,
    ImportWorkerInbox inbox,
    TimeProvider clock)
{
    /// <summary>Keeps the file and answers its preview, or a file-level error on <c>file</c> (nothing kept).</summary>
    public async Task<CommandResult<ImportPreview>> UploadAsync(string ownerId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var received = await intake.ReceiveAsync(ownerId, fileName, content, cancellationToken);
        if (received.Job is not { } job)
        {
            return CommandResult.Invalid<ImportPreview>(received.Errors!);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done(Preview(job, received.Headers));
    }

    /// <summary>
    /// What importing the upload would do, storing nothing: the file is read from a temporary copy, deleted at the end,
    /// and no job is recorded.
    /// </summary>
    public async Task<CommandResult<ImportDryRunResponse>> DryRunAsync(
        string ownerId, string fileName, Stream content, IReadOnlyDictionary<string, int>? columns,
        IReadOnlyDictionary<string, Dictionary<string, string>>? values, CancellationToken cancellationToken)
    {
        var received = await intake.ReceiveAsync(ownerId, fileName, content, cancellationToken);
        if (received.Job is not { } job)
        {
            return CommandResult.Invalid<ImportDryRunResponse>(received.Errors!);
        }

        try
        {
            return await DryRunAsync(job, received.Headers, columns, values, cancellationToken);
        }
        finally
        {
            files.Delete(job.Id);
        }
    }

    /// <summary>The dry run of an uploaded job with the columns and values chosen so far (the Import page's preview).</summary>
    public async Task<CommandResult<ImportDryRunResponse>> DryRunAsync(
        Guid jobId, ParcelReader reader, IReadOnlyDictionary<string, int>? columns,
        IReadOnlyDictionary<string, Dictionary<string, string>>? values, CancellationToken cancellationToken)
    {
        var job = await FindAsync(jobId, reader, cancellationToken);
        if (job is null || job.State != ImportJobState.Uploaded || !File.Exists(files.PathOf(jobId)))
        {
            return CommandResult.Fail<ImportDryRunResponse>(job is null ? CommandFailure.NotFound : CommandFailure.Conflict);
        }

        string[] headers;
        using (var file = files.Open(job))
        {
            headers = file.Read()!.Cells;
        }

        return await DryRunAsync(job, headers, columns, values, cancellationToken);
    }

    /// <summary>The preview of an uploaded job again (the page after a reload).</summary>
    public async Task<ImportPreview?> PreviewAsync(Guid jobId, ParcelReader reader, CancellationToken cancellationToken)
    {
        var job = await FindAsync(jobId, reader, cancellationToken);
        if (job is null || !File.Exists(files.PathOf(jobId)))
        {
            return null;
        }

        using var file = files.Open(job);
        return file.Read() is { } header ? Preview(job, header.Cells) : null;
    }

    /// <summary>Confirms the columns (or takes the guessed ones) and queues the job.</summary>
    public async Task<CommandResult<ImportPreview>> StartAsync(
        Guid jobId, ParcelReader reader, IReadOnlyDictionary<string, int>? columns,
        IReadOnlyDictionary<string, Dictionary<string, string>>? values, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !MayUse(job, reader))
        {
            return CommandResult.Fail<ImportPreview>(job is null ? CommandFailure.NotFound : CommandFailure.Forbidden);
        }

        if (job.State != ImportJobState.Uploaded)
        {
            return CommandResult.Fail<ImportPreview>(CommandFailure.Conflict);
        }

        ImportPreview preview;
        using (var file = files.Open(job))
        {
            preview = Preview(job, file.Read()!.Cells);
        }

        var (settings, errors) = await settingsReader.ReadAsync(job, preview.Headers, columns, values, cancellationToken);
        if (settings is null)
        {
            return CommandResult.Invalid<ImportPreview>(errors);
        }

        job.Settings = JsonSerializer.Serialize(settings);
        job.State = ImportJobState.Queued;
        await db.SaveChangesAsync(cancellationToken);
        inbox.Enqueue(job.Id);
        return CommandResult.Done(preview with { Columns = settings.Columns.ToDictionary(c => ImportDryRun.FieldKey(c.Key), c => c.Value) });
    }

    public async Task<ImportJobResponse?> GetAsync(Guid jobId, ParcelReader reader, CancellationToken cancellationToken) =>
        await FindAsync(jobId, reader, cancellationToken) is { } job ? ToResponse(job) : null;

    /// <summary>The reader's imports (a moderator's too: only their own), newest first.</summary>
    public async Task<IReadOnlyList<ImportJobResponse>> ListAsync(ParcelReader reader, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await db.ImportJobs.AsNoTracking().Where(j => j.OwnerId == reader.UserId)
            .OrderByDescending(j => j.CreatedAt).Take(20).ToListAsync(cancellationToken);
        return jobs.ConvertAll(ToResponse);
    }

    /// <summary>Asks the worker to stop after the batch it is on (committed batches stay); a job not yet running stops at once.</summary>
    public async Task<CommandResult<Completed>> CancelAsync(Guid jobId, ParcelReader reader, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !MayUse(job, reader))
        {
            return CommandResult.Fail<Completed>(job is null ? CommandFailure.NotFound : CommandFailure.Forbidden);
        }

        if (job.State is ImportJobState.Completed or ImportJobState.Failed or ImportJobState.Cancelled)
        {
            return CommandResult.Conflict<Completed>("The import has already ended.");
        }

        job.CancelRequested = true;
        if (job.State is ImportJobState.Uploaded or ImportJobState.Queued)
        {
            job.State = ImportJobState.Cancelled;
            job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done();
    }

    /// <summary>The rows not imported, in file order, streamed.</summary>
    public async IAsyncEnumerable<ImportRowIssue> IssuesAsync(Guid jobId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var issue in db.ImportRowIssues.AsNoTracking().Where(i => i.ImportJobId == jobId).OrderBy(i => i.Line).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return issue;
        }
    }

    public async Task<ImportJob?> FindAsync(Guid jobId, ParcelReader reader, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        return job is not null && MayUse(job, reader) ? job : null;
    }

    /// <summary>The importer, or any moderator.</summary>
    private static bool MayUse(ImportJob job, ParcelReader reader) => reader.IsModerator || job.OwnerId == reader.UserId;

    public ImportJobResponse ToResponse(ImportJob job)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var seconds = job.StartedAt is { } started ? ((job.FinishedAt ?? now) - started).TotalSeconds : 0;
        double? rate = seconds > 0.5 && job.RowsDone > 0 ? Math.Round(job.RowsDone / seconds, 1) : null;
        int? left = job.State == ImportJobState.Running && rate is > 0 && job.RowsTotal is { } total
            ? (int)Math.Ceiling((total - job.RowsDone) / rate.Value)
            : null;
        return new ImportJobResponse(job.Id, job.FileName, job.State, job.RowsTotal, job.RowsDone, job.RowsInserted, job.RowsDuplicate,
            job.RowsRejected, rate, left, job.Failure, job.Attempts, job.CreatedAt, job.StartedAt, job.FinishedAt, $"/api/v1/import/{job.Id}/errors.csv");
    }

    private async Task<CommandResult<ImportDryRunResponse>> DryRunAsync(
        ImportJob job, IReadOnlyList<string> headers, IReadOnlyDictionary<string, int>? columns,
        IReadOnlyDictionary<string, Dictionary<string, string>>? values, CancellationToken cancellationToken)
    {
        var (settings, errors) = await settingsReader.ReadAsync(job, headers, columns, values, cancellationToken);
        return settings is null
            ? CommandResult.Invalid<ImportDryRunResponse>(errors)
            : CommandResult.Done(await dryRun.RunAsync(job, headers, settings, cancellationToken));
    }

    /// <summary>The job's file as the check step starts from: the confirmed columns once started, else the guessed ones.</summary>
    private static ImportPreview Preview(ImportJob job, string[] headers)
    {
        var settings = job.State == ImportJobState.Uploaded ? null : JsonSerializer.Deserialize<ImportSettings>(job.Settings);
        return new ImportPreview(job.Id, job.FileName, job.Encoding, job.Delimiter, headers,
            settings?.Columns.ToDictionary(c => ImportDryRun.FieldKey(c.Key), c => c.Value) ?? ImportSettingsReader.GuessedColumns(headers));
    }
}
