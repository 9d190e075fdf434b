using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>
/// Logging, reading, editing and deleting parcel reports and their events, with the ownership rules:
/// only the reporter changes a report; hidden and duplicate reports are seen by their reporter and moderators.
/// Used by the API and by the pages alike. Every command is one transaction: all of it is stored, or nothing
/// (new reports share theirs with others submitted at the same moment, see <see cref="ParcelReportWriter"/>).
/// </summary>
public sealed class ParcelService(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ParcelReportWriter writer,
    CustomsPointDirectory customsPoints,
    ParcelRequestValidator validator,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    private const string ChangedMeanwhile = "The report was changed since you read it. Read it again and repeat your change.";

    // Deleting it would take the events that moved here from the merged reports of other buyers.
    private const string HoldsMergedReports = "Other reports of this parcel were merged into this one by a moderator. Ask a moderator to undo those merges before you delete it.";

    public async Task<CommandResult<ParcelResponse>> CreateAsync(ParcelReader reader, ParcelRequest request, CancellationToken cancellationToken)
    {
        var (parcel, errors) = await validator.ValidateAsync(request, cancellationToken);
        if (parcel is null)
        {
            return CommandResult.Invalid<ParcelResponse>(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new ParcelReport
        {
            ReporterId = reader.UserId ?? throw new InvalidOperationException("Only a signed-in user can log a parcel."),
            TrackingNumber = parcel.TrackingNumber,
            DeclarationText = parcel.DeclarationText,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        report.Apply(parcel);
        var candidates = await writer.AddAsync(report);
        report.CustomsPoint = await customsPoints.FindAsync(report.CustomsPointId, cancellationToken);
        return CommandResult.Done(report.ToResponse(reader) with { DuplicateCandidates = candidates });
    }

    public async Task<ParcelResponse?> GetAsync(ParcelReader reader, int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await LoadAsync(db, id, cancellationToken);
        return report is not null && reader.MaySee(report) ? report.ToResponse(reader) : null;
    }

    /// <summary>The reports merged into <paramref name="id"/> as duplicates, for moderators (others may not open them).</summary>
    public async Task<IReadOnlyList<int>> DuplicatesOfAsync(ParcelReader reader, int id, CancellationToken cancellationToken)
    {
        if (!reader.IsModerator)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ParcelReports.AsNoTracking().Where(p => p.DuplicateOfId == id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The reader's own reports, newest first unless another order is asked for.</summary>
    public async Task<PagedResponse<ParcelResponse>> ListMineAsync(
        ParcelReader reader, int page, int pageSize, ParcelSort sort, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.ParcelReports.AsNoTracking().Where(p => p.ReporterId == reader.UserId);
        var found = await sort.Apply(mine)
            .Include(p => p.CustomsPoint).Include(p => p.Events)
            .AsSplitQuery()
            .ToPageAsync(PageRequest.Of(page, pageSize), cancellationToken);
        return found.Map(p => p.ToResponse(reader));
    }

    public async Task<CommandResult<ParcelResponse>> UpdateAsync(ParcelReader reader, int id, ParcelRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await LoadAsync(db, id, cancellationToken);
        if (Refuse(reader, report) is { } failure)
        {
            return CommandResult.Fail<ParcelResponse>(failure);
        }

        if (request.Version is null)
        {
            var missing = new FieldErrors();
            missing.Add("version", localizer["Send the version you read, so that a newer change is not overwritten."]);
            return CommandResult.Invalid<ParcelResponse>(missing);
        }

        if (request.Version != report!.Version)
        {
            return CommandResult.Conflict<ParcelResponse>(ChangedMeanwhile);
        }

        var (parcel, errors) = await validator.ValidateAsync(request, cancellationToken);
        if (parcel is null)
        {
            return CommandResult.Invalid<ParcelResponse>(errors);
        }

        report.Apply(parcel);
        return await SaveChangedAsync(db, report, reader, cancellationToken);
    }

    public async Task<CommandResult<Completed>> DeleteAsync(ParcelReader reader, int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.ParcelReports.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (Refuse(reader, report) is { } failure)
        {
            return CommandResult.Fail<Completed>(failure);
        }

        if (await db.ParcelReports.AnyAsync(p => p.DuplicateOfId == id, cancellationToken))
        {
            return CommandResult.Conflict<Completed>(HoldsMergedReports);
        }

        db.ParcelReports.Remove(report!);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Done();
    }

    public async Task<CommandResult<ParcelResponse>> AddEventAsync(
        ParcelReader reader, int id, OutcomeEventRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await LoadAsync(db, id, cancellationToken);
        if (Refuse(reader, report) is { } failure)
        {
            return CommandResult.Fail<ParcelResponse>(failure);
        }

        var errors = new FieldErrors();
        var outcomeEvent = ValidateEvent(report!, request, errors);
        if (outcomeEvent is null)
        {
            return CommandResult.Invalid<ParcelResponse>(errors);
        }

        outcomeEvent.CreatedById = reader.UserId!;
        report!.Events.Add(outcomeEvent);
        return await SaveChangedAsync(db, report, reader, cancellationToken);
    }

    /// <summary>
    /// Adds the events of a batch (a pasted tracking history, oldest first) that the report lacks, by the same order
    /// rules as one event (<see cref="EventBatch"/>), in one transaction. All or nothing: when one does not fit, nothing
    /// is stored and <c>events[i]</c> says why. Nothing to add leaves the report as it is.
    /// </summary>
    public async Task<CommandResult<ParcelResponse>> AddEventsAsync(
        ParcelReader reader, int id, IReadOnlyList<NewOutcomeEvent> events, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await LoadAsync(db, id, cancellationToken);
        if (Refuse(reader, report) is { } failure)
        {
            return CommandResult.Fail<ParcelResponse>(failure);
        }

        var errors = new FieldErrors();
        for (var i = 0; i < events.Count; i++)
        {
            validator.OptionalDate(events[i].OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"events[{i}]", errors);
        }

        var existing = report!.Events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList();
        var plan = EventBatch.Plan(existing, events.Select(e => e.Fact).ToList());
        foreach (var (planned, index) in plan.Select((planned, index) => (planned, index)).Where(p => p.planned.Status == PlannedEventStatus.DoesNotFit))
        {
            errors.Add($"events[{index}]", ParcelText.Describe(localizer, planned.Violation));
        }

        if (errors.Any)
        {
            return CommandResult.Invalid<ParcelResponse>(errors);
        }

        var added = plan.Zip(events).Where(p => p.First.Status == PlannedEventStatus.Add).Select(p => new OutcomeEvent
        {
            Kind = p.Second.Kind, OccurredOn = p.Second.OccurredOn, Note = Clip(p.Second.Note), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = reader.UserId!,
        }).ToList();
        added.ForEach(report.Events.Add);
        return added.Count == 0 ? CommandResult.Done(report.ToResponse(reader)) : await SaveChangedAsync(db, report, reader, cancellationToken);
    }

    /// <summary>Brands other buyers have reported (visible reports), most frequent first, for the form's suggestions; read from the maintained counts.</summary>
    public async Task<IReadOnlyList<string>> SuggestBrandsAsync(string? prefix, CancellationToken cancellationToken)
    {
        var text = InputText.Clean(prefix) ?? "";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StatsCells.AsNoTracking()
            .Where(c => c.Grain == StatsGrain.Brands && c.Count > 0 && c.Brand != "" && c.Brand.StartsWith(text))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Brand)
            .Select(c => c.Brand)
            .Take(10)
            .ToListAsync(cancellationToken);
    }

    private OutcomeEvent? ValidateEvent(ParcelReport report, OutcomeEventRequest request, FieldErrors errors)
    {
        var kind = default(OutcomeEventKind);
        if (string.IsNullOrWhiteSpace(request.Kind))
        {
            errors.Add("kind", localizer["This field is required."]);
        }
        else if (!InputText.TryParseName(request.Kind, out kind))
        {
            errors.Add("kind", localizer["Unknown value '{0}'; use one of: {1}.", request.Kind, string.Join(", ", Enum.GetNames<OutcomeEventKind>())]);
        }

        var occurredOn = validator.OptionalDate(request.OccurredOn, "occurredOn", errors);
        if (occurredOn is null && !errors.Has("occurredOn"))
        {
            errors.Add("occurredOn", localizer["This field is required."]);
        }

        var note = InputText.Clean(request.Note);
        if (note is { Length: > ParcelLimits.Note })
        {
            errors.Add("note", localizer["At most {0} characters.", ParcelLimits.Note]);
        }
        else if (note is not null && InputText.HasControlCharacters(note))
        {
            errors.Add("note", localizer["Use plain text."]);
        }

        if (errors.Any)
        {
            return null;
        }

        var existing = report.Events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList();
        var violation = OutcomeRules.Check(existing, new OutcomeEventFact(kind, occurredOn!.Value));
        if (violation != EventOrderViolation.None)
        {
            errors.Add(violation == EventOrderViolation.EarlierThanLastEvent ? "occurredOn" : "kind", ParcelText.Describe(localizer, violation));
            return null;
        }

        return new OutcomeEvent { Kind = kind, OccurredOn = occurredOn.Value, Note = note, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = "" };
    }

    private async Task<CommandResult<ParcelResponse>> SaveChangedAsync(
        ParcelWatchDbContext db, ParcelReport report, ParcelReader reader, CancellationToken cancellationToken)
    {
        report.RecomputeOutcome();
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        report.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict<ParcelResponse>(ChangedMeanwhile);
        }

        await LoadCustomsPointAsync(db, report, cancellationToken);
        return CommandResult.Done(report.ToResponse(reader));
    }

    /// <summary>After an edit that changed the point the navigation is stale: read it again.</summary>
    private static async Task LoadCustomsPointAsync(ParcelWatchDbContext db, ParcelReport report, CancellationToken cancellationToken)
    {
        if (report.CustomsPoint?.Id != report.CustomsPointId)
        {
            report.CustomsPoint = await db.CustomsPoints.FindAsync([report.CustomsPointId], cancellationToken);
        }
    }

    private static string? Clip(string? note) => InputText.Clean(note) is { } clean ? clean[..Math.Min(clean.Length, ParcelLimits.Note)] : null;

    private static CommandFailure? Refuse(ParcelReader reader, ParcelReport? report) =>
        report is null || !reader.MaySee(report) ? CommandFailure.NotFound
        : !reader.Owns(report) ? CommandFailure.Forbidden
        : null;

    private static Task<ParcelReport?> LoadAsync(ParcelWatchDbContext db, int id, CancellationToken cancellationToken) =>
        db.ParcelReports.Include(p => p.CustomsPoint).Include(p => p.Events).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
}
