using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// One batch of rows, checked with the API's rules and stored in one transaction with the job's new position.
/// A row for a parcel already reported (same tracking number, or same shop and order number; earlier in this
/// file included) is not inserted again: it is listed with the report it duplicates, for the moderators to merge
/// what differs.
/// </summary>
public sealed class ImportBatch(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ParcelRequestValidator validator,
    IStringLocalizer<SharedResource> localizer,
    StatsCache statsCache,
    ImportLease lease)
{
    internal sealed record Candidate(FileRow Row, ParcelReport Report);

    /// <summary>A batch read and checked, not yet stored: the rows that may go in, and those refused with their reasons.</summary>
    public sealed class Prepared
    {
        internal List<Candidate> Candidates { get; } = [];

        internal List<ImportRowIssue> Issues { get; } = [];

        public int Rows { get; internal set; }
    }

    /// <summary>
    /// Reads and checks the rows (no database work: the next batch is prepared while the previous one is written).
    /// </summary>
    public async Task<Prepared> PrepareAsync(ImportJob job, IReadOnlyList<FileRow> rows, CsvRowParser parser, CancellationToken cancellationToken)
    {
        var prepared = new Prepared { Rows = rows.Count };
        var now = lease.Now;
        foreach (var row in rows)
        {
            var (report, reasons) = await ReadAsync(row, parser, job, now, cancellationToken);
            if (report is not null)
            {
                prepared.Candidates.Add(new Candidate(row, report));
            }
            else
            {
                prepared.Issues.Add(Issue(job.Id, row, null, reasons));
            }
        }

        return prepared;
    }

    public enum Stored
    {
        Stored,

        /// <summary>Nothing stored: the job was cancelled.</summary>
        Cancelled,

        /// <summary>Nothing stored: another instance holds the job now (this one's lease ran out).</summary>
        TakenOver,
    }

    /// <summary>
    /// Stores a prepared batch in one transaction with the job's new position and a renewed lease, after setting aside
    /// the rows already reported (earlier batches are committed by then, so they count).
    /// </summary>
    public async Task<Stored> StoreAsync(Guid jobId, Prepared batch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        if (job.CancelRequested)
        {
            return Stored.Cancelled;
        }

        if (job.ClaimedBy != lease.Instance)
        {
            return Stored.TakenOver;
        }

        var (fresh, duplicates) = await SplitDuplicatesAsync(db, batch.Candidates, cancellationToken);
        var issues = batch.Issues.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportWriter.AddReportsAsync(db.Database, fresh.ConvertAll(c => c.Report), cancellationToken);
        issues.AddRange(duplicates.Select(d => Issue(job.Id, d.Row, d.OriginalId(), localizer["Already reported as report #{0}: not imported again.", d.OriginalId()])));
        await ImportWriter.AddIssuesAsync(db.Database, issues, cancellationToken);
        job.RowsDone += batch.Rows;
        job.RowsInserted += fresh.Count;
        job.RowsDuplicate += duplicates.Count;
        job.RowsRejected += batch.Issues.Count;
        job.LeaseUntil = lease.Until;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (fresh.Count > 0)
        {
            await statsCache.InvalidateAsync(); // written without SaveChanges, so StatsInvalidation did not see them
        }

        return Stored.Stored;
    }

    /// <summary>The row as a new report, or null and why not (one reason per line, each "field: message").</summary>
    private async Task<(ParcelReport? Report, string Reasons)> ReadAsync(FileRow row, CsvRowParser parser, ImportJob job, DateTime now, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(row.Cells);
        var (parcel, errors) = await validator.ValidateAsync(parsed.Request, cancellationToken);
        var reasons = parsed.Problems.Select(p => $"{FieldName(p.Field)}: {Describe(p.Problem)}")
            .Concat(errors.ToDictionary().SelectMany(e => e.Value.Select(message => $"{FieldName(e.Key)}: {message}")))
            .ToList();
        var events = new List<OutcomeEventFact>();
        foreach (var fact in parsed.Events)
        {
            var dateErrors = new FieldErrors();
            validator.OptionalDate(fact.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), FieldName(DateField(fact.Kind)), dateErrors);
            reasons.AddRange(dateErrors.ToDictionary().SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
            var violation = OutcomeRules.Check(events, fact);
            if (violation is not (EventOrderViolation.None or EventOrderViolation.DecisionWithoutArrival))
            {
                reasons.Add($"{FieldName(ImportField.Outcome)}: {ParcelService.Describe(localizer, violation)}");
            }

            events.Add(fact);
        }

        if (parcel is null || reasons.Count > 0)
        {
            return (null, string.Join('\n', reasons));
        }

        var report = new ParcelReport
        {
            ReporterId = job.OwnerId,
            TrackingNumber = parcel.TrackingNumber,
            DeclarationText = parcel.DeclarationText,
            ImportJobId = job.Id,
            CreatedAt = now,
            UpdatedAt = now,
            Events = events.ConvertAll(e => new OutcomeEvent { Kind = e.Kind, OccurredOn = e.OccurredOn, CreatedAt = now, CreatedById = job.OwnerId }),
        };
        report.Apply(parcel);
        report.RecomputeOutcome();
        return (report, "");
    }

    /// <summary>Rows whose parcel is already stored, or earlier in this batch, against the rest.</summary>
    private static async Task<(List<Candidate> Fresh, List<(FileRow Row, Func<int> OriginalId)> Duplicates)> SplitDuplicatesAsync(
        ParcelWatchDbContext db, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        var numbers = candidates.Select(c => c.Report.TrackingNumber).Distinct().ToList();
        var orders = candidates.Where(c => c.Report.OrderNumber is not null).Select(c => c.Report.OrderNumber!).Distinct().ToList();
        var shops = candidates.Select(c => c.Report.Shop).Distinct().ToList();
        var byNumber = (await db.ParcelReports.AsNoTracking()
                .Where(r => EF.Parameter(numbers).Contains(r.TrackingNumber))
                .Select(r => new { r.Id, r.TrackingNumber }).ToListAsync(cancellationToken))
            .GroupBy(r => r.TrackingNumber).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
        var byOrder = (await db.ParcelReports.AsNoTracking()
                .Where(r => EF.Parameter(shops).Contains(r.Shop) && EF.Parameter(orders).Contains(r.OrderNumber!))
                .Select(r => new { r.Id, r.Shop, r.OrderNumber }).ToListAsync(cancellationToken))
            .GroupBy(r => (r.Shop, r.OrderNumber!)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
        var inBatchByNumber = new Dictionary<string, ParcelReport>();
        var inBatchByOrder = new Dictionary<(Shop, string), ParcelReport>();

        var fresh = new List<Candidate>();
        var duplicates = new List<(FileRow, Func<int>)>();
        foreach (var candidate in candidates)
        {
            var report = candidate.Report;
            var orderKey = report.OrderNumber is null ? ((Shop, string)?)null : (report.Shop, report.OrderNumber);
            if (byNumber.TryGetValue(report.TrackingNumber, out var storedId)
                || (orderKey is { } key && byOrder.TryGetValue(key, out storedId)))
            {
                duplicates.Add((candidate.Row, () => storedId));
            }
            else if ((inBatchByNumber.GetValueOrDefault(report.TrackingNumber) ?? (orderKey is { } k ? inBatchByOrder.GetValueOrDefault(k) : null)) is { } earlier)
            {
                duplicates.Add((candidate.Row, () => earlier.Id)); // its id exists once the batch is saved
            }
            else
            {
                fresh.Add(candidate);
                inBatchByNumber[report.TrackingNumber] = report;
                if (orderKey is { } newKey)
                {
                    inBatchByOrder[newKey] = report;
                }
            }
        }

        return (fresh, duplicates);
    }

    private static ImportRowIssue Issue(Guid jobId, FileRow row, int? duplicateOf, string reasons) =>
        new() { ImportJobId = jobId, Line = row.Line, DuplicateOfId = duplicateOf, Reasons = reasons };

    private string Describe(RowProblem problem) => problem switch
    {
        RowProblem.UnreadableDate => localizer["The date does not match the file's date layout."],
        RowProblem.UnreadableNumber => localizer["Not a number."],
        RowProblem.UnknownOutcome => localizer["Unknown outcome; use Released, Returned, Seized, Held or Delivered (or their Russian words)."],
        RowProblem.OutcomeWithoutDate => localizer["Give the date of the outcome."],
        _ => localizer["A date without an outcome."],
    };

    private string FieldName(ImportField field) => localizer.Name(field);

    /// <summary>The API's field names (customsPointCode, trackingNumber…) as the import page names the columns.</summary>
    private string FieldName(string apiField) =>
        apiField == "customsPointCode" ? FieldName(ImportField.CustomsPoint)
        : Enum.TryParse<ImportField>(apiField, ignoreCase: true, out var field) ? FieldName(field)
        : apiField;

    private static ImportField DateField(OutcomeEventKind kind) => kind == OutcomeEventKind.ArrivedAtCustoms ? ImportField.ArrivedOn : ImportField.OutcomeOn;
}
