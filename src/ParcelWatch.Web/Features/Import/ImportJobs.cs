using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Volunteers' imports: upload (the file is checked and kept, nothing imported yet), preview with guessed columns,
/// start (the worker takes it from there), progress, cancel, and the rows that were not imported.
/// </summary>
public sealed class ImportJobs(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ImportFiles files,
    ImportJobSignal queue,
    IOptions<ImportOptions> options,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    private const int PreviewRows = 5;
    private const int DateSampleRows = 500;

    /// <summary>Keeps the file and answers its preview, or a file-level error on <c>file</c> (nothing kept).</summary>
    public async Task<ImportCommandResult> UploadAsync(string ownerId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var jobId = Guid.CreateVersion7();
        if (!await files.SaveAsync(jobId, content, options.Value.MaximumFileBytes, cancellationToken))
        {
            return FileError(localizer["The file is larger than {0} MB.", options.Value.MaximumFileBytes / (1024 * 1024)]);
        }

        var path = files.PathOf(jobId);
        var start = await ReadStartAsync(path, cancellationToken);
        if (XlsxConversion.LooksLikeXlsx(fileName, start))
        {
            if (!XlsxConversion.TryConvertInPlace(path))
            {
                files.Delete(jobId);
                return FileError(localizer["The workbook could not be read; save it again as .xlsx or .csv."]);
            }

            start = await ReadStartAsync(path, cancellationToken); // the CSV it became
        }

        var sniffed = TextFileSniffer.Sniff(start, new FileInfo(path).Length <= TextFileSniffer.SampleBytes);
        if (sniffed.Verdict != FileVerdict.Text)
        {
            files.Delete(jobId);
            return FileError(sniffed.Verdict == FileVerdict.Empty
                ? localizer["The file is empty."]
                : localizer["This is not a text table: upload a .csv file (or an .xlsx workbook)."]);
        }

        using var reader = new ImportFileReader(path, sniffed.Encoding, sniffed.Delimiter);
        var header = reader.Read();
        if (header is null || header.Cells.All(string.IsNullOrWhiteSpace))
        {
            files.Delete(jobId);
            return FileError(localizer["The file is empty."]);
        }

        var job = new ImportJob
        {
            Id = jobId,
            OwnerId = ownerId,
            FileName = ShortName(fileName),
            FileBytes = new FileInfo(path).Length,
            Encoding = sniffed.Encoding.WebName,
            Delimiter = sniffed.Delimiter.ToString(),
            Culture = CultureInfo.CurrentUICulture.Name,
            Settings = "{}",
            State = ImportJobState.Uploaded,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportCommandResult(Preview(job, header.Cells, reader), null);
    }

    /// <summary>The preview of an uploaded job again (the page after a reload).</summary>
    public async Task<ImportPreview?> PreviewAsync(Guid jobId, ParcelReader reader, CancellationToken cancellationToken)
    {
        var job = await FindAsync(jobId, reader, cancellationToken);
        if (job is null || !File.Exists(files.PathOf(jobId)))
        {
            return null;
        }

        using var file = OpenFile(job);
        return file.Read() is { } header ? Preview(job, header.Cells, file) : null;
    }

    /// <summary>Confirms the columns (or takes the guessed ones) and queues the job.</summary>
    public async Task<ImportCommandResult> StartAsync(Guid jobId, ParcelReader reader, IReadOnlyDictionary<string, int>? columns, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !MayUse(job, reader))
        {
            return new ImportCommandResult(null, job is null ? ImportFailure.NotFound : ImportFailure.Forbidden);
        }

        if (job.State != ImportJobState.Uploaded)
        {
            return new ImportCommandResult(null, ImportFailure.Conflict);
        }

        ImportPreview preview;
        using (var file = OpenFile(job))
        {
            preview = Preview(job, file.Read()!.Cells, file);
        }

        var chosen = columns ?? preview.Columns;
        var errors = CheckColumns(chosen, preview.Headers.Count);
        if (errors.Any)
        {
            return new ImportCommandResult(null, ImportFailure.Invalid, errors);
        }

        var mapping = chosen.ToDictionary(c => Enum.Parse<ImportField>(c.Key, ignoreCase: true), c => c.Value);
        var settings = new ImportSettings(mapping, DetectDateFormat(job, mapping));
        job.Settings = JsonSerializer.Serialize(settings);
        job.State = ImportJobState.Queued;
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(job.Id);
        return new ImportCommandResult(preview with { Columns = chosen, DateFormat = settings.DateFormat }, null);
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
    public async Task<ImportFailure?> CancelAsync(Guid jobId, ParcelReader reader, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !MayUse(job, reader))
        {
            return job is null ? ImportFailure.NotFound : ImportFailure.Forbidden;
        }

        if (job.State is ImportJobState.Completed or ImportJobState.Failed or ImportJobState.Cancelled)
        {
            return ImportFailure.Conflict;
        }

        job.CancelRequested = true;
        if (job.State is ImportJobState.Uploaded or ImportJobState.Queued)
        {
            job.State = ImportJobState.Cancelled;
            job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
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

    public ImportFileReader OpenFile(ImportJob job) =>
        new(files.PathOf(job.Id), Encoding.GetEncoding(job.Encoding), job.Delimiter[0]);

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

    private static ImportPreview Preview(ImportJob job, string[] headers, ImportFileReader rest)
    {
        var rows = rest.Rest().Take(PreviewRows).Select(r => (IReadOnlyList<string>)r.Cells).ToList();
        var guessed = ColumnGuesser.Guess(headers)
            .Select((field, index) => (field, index))
            .Where(c => c.field is not null)
            .ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.field!.Value.ToString()), c => c.index);
        var settings = job.State == ImportJobState.Uploaded ? null : JsonSerializer.Deserialize<ImportSettings>(job.Settings);
        return new ImportPreview(job.Id, job.FileName, job.Encoding, job.Delimiter, headers, rows,
            settings?.Columns.ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()), c => c.Value) ?? guessed,
            settings?.DateFormat ?? DateFormats.Known[0]);
    }

    private FieldErrors CheckColumns(IReadOnlyDictionary<string, int> columns, int columnCount)
    {
        var errors = new FieldErrors();
        foreach (var (name, index) in columns)
        {
            if (!Enum.TryParse<ImportField>(name, ignoreCase: true, out _) || name.All(char.IsDigit))
            {
                errors.Add("columns", localizer["Unknown field '{0}'.", name]);
            }
            else if (index < 0 || index >= columnCount)
            {
                errors.Add("columns", localizer["The file has no column {0}.", index + 1]);
            }
        }

        foreach (var required in new[] { ImportField.TrackingNumber, ImportField.CustomsPoint })
        {
            if (!columns.Keys.Any(k => k.Equals(required.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add("columns", localizer["Choose the column that holds: {0}.", localizer.Name(required)]);
            }
        }

        return errors;
    }

    private string DetectDateFormat(ImportJob job, IReadOnlyDictionary<ImportField, int> mapping)
    {
        var dateColumns = mapping.Where(m => m.Key is ImportField.ShippedOn or ImportField.ArrivedOn or ImportField.OutcomeOn).Select(m => m.Value).ToList();
        using var file = OpenFile(job);
        file.Read();
        var samples = file.Rest().Take(DateSampleRows).SelectMany(r => dateColumns.Where(c => c < r.Cells.Length).Select(c => r.Cells[c]));
        return DateFormats.Detect(samples);
    }

    /// <summary>The uploaded file's own name (no folders), at most 260 characters.</summary>
    private static string ShortName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.Length == 0 ? "import.csv" : name[..Math.Min(260, name.Length)];
    }

    private static async Task<byte[]> ReadStartAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[TextFileSniffer.SampleBytes];
        var length = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..length];
    }

    private static ImportCommandResult FileError(string message)
    {
        var errors = new FieldErrors();
        errors.Add("file", message);
        return new ImportCommandResult(null, ImportFailure.Invalid, errors);
    }
}
