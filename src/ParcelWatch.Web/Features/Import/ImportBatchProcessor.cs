using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// One batch of rows, checked with the API's rules and stored in one transaction with the job's new position.
/// A row for a parcel already reported (same tracking number, or same shop and order number; earlier in this
/// file included) is not inserted again: it is listed with the report it duplicates, for the moderators to merge
/// what differs.
/// </summary>
public sealed class ImportBatchProcessor(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ParcelRequestValidator validator,
    IStringLocalizer<SharedResource> localizer,
    StatsCache statsCache,
    ImportJobLease lease)
{
    internal sealed record Candidate(FileRow Row, ParcelReport Report);

    /// <summary>A batch read and checked, not yet stored: the rows that may go in, and those refused with their reasons.</summary>
    public sealed class Prepared
    {
        internal List<Candidate> Candidates { get; } = [];

        internal List<ImportRowIssue> Issues { get; } = [];

        /// <summary>The customs points and outcome words the app did not know, one entry per row that holds one.</summary>
        internal List<(ImportField Field, string Text)> UnknownValues { get; } = [];

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
            var (report, reasons, unknown) = await ReadAsync(row, parser, job, now, cancellationToken);
            prepared.UnknownValues.AddRange(unknown);
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

        var (fresh, duplicates) = await ImportDuplicates.SplitAsync(db, batch.Candidates, new SeenParcels(), cancellationToken);
        var issues = batch.Issues.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportRowWriter.AddReportsAsync(db.Database, fresh.ConvertAll(c => c.Report), cancellationToken);
        issues.AddRange(duplicates.Select(d => Issue(job.Id, d.Row, d.OriginalId(), localizer["Already reported as report #{0}: not imported again.", d.OriginalId()])));
        await ImportRowWriter.AddIssuesAsync(db.Database, issues, cancellationToken);
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
    private async Task<(ParcelReport? Report, string Reasons, IReadOnlyList<(ImportField, string)> Unknown)> ReadAsync(FileRow row, CsvRowParser parser, ImportJob job, DateTime now, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(row.Cells);
        var (parcel, errors) = await validator.ValidateAsync(parsed.Request, cancellationToken);
        var reasons = parsed.Problems.Select(p => $"{FieldName(p.Field)}: {Describe(p.Problem, parser.DateFormat)}")
            .Concat(errors.ToDictionary().SelectMany(e => e.Value.Select(message => $"{FieldName(e.Key)}: {message}")))
            .ToList();
        var events = new List<OutcomeEventFact>();
        foreach (var fact in parsed.Events)
        {
            var dateErrors = new FieldErrors();
            validator.OptionalDate(fact.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), FieldName(DateField(fact.Kind)), dateErrors);
            reasons.AddRange(dateErrors.ToDictionary().SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
            var violation = OutcomeRules.Check(events, fact);
            // A sheet may give only the decision, or only "received" (Получил, Вручено): the parcel passed, and a date
            // not in the sheet (arrival, release) is left unknown rather than invented; Derive reads such a story.
            if (violation is not (EventOrderViolation.None or EventOrderViolation.DecisionWithoutArrival or EventOrderViolation.DeliveredWithoutRelease))
            {
                reasons.Add($"{FieldName(ImportField.Outcome)}: {ParcelText.Describe(localizer, violation)}");
            }

            events.Add(fact);
        }

        if (parcel is null || reasons.Count > 0)
        {
            return (null, string.Join('\n', reasons), parsed.UnknownValues);
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
        return (report, "", parsed.UnknownValues);
    }

    private static ImportRowIssue Issue(Guid jobId, FileRow row, int? duplicateOf, string reasons) =>
        new() { ImportJobId = jobId, Line = row.Line, DuplicateOfId = duplicateOf, Reasons = reasons };

    private string Describe(RowProblem problem, string dateFormat) => problem switch
    {
        RowProblem.UnreadableDate => localizer["The date does not read in the file's date layout ({0}).", dateFormat],
        RowProblem.UnreadableNumber => localizer["Not a number."],
        RowProblem.UnknownOutcome => localizer["Unknown outcome; use Released, Returned, Seized, Held or Delivered (or their Russian words)."],
        RowProblem.OutcomeWithoutDate => localizer["Give the date of the outcome."],
        RowProblem.Skipped => localizer["Skipped: you chose not to import the rows with this value."],
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
