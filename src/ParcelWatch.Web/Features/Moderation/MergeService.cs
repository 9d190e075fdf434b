using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Merges duplicate reports into a canonical one and undoes merges exactly. Each command runs in one transaction
/// with optimistic concurrency on every report and merge it changes: of two moderators acting on the same reports
/// at once, one wins and the other gets a conflict, never a half-applied merge.
/// </summary>
public sealed class MergeService(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    public const int MaximumDuplicatesPerMerge = 50;
    public const int MaximumPageSize = 100;

    /// <summary>Merges each duplicate into the canonical report (or into its root, if it is itself a duplicate).</summary>
    public async Task<ModerationResult<IReadOnlyList<MergeResponse>>> MergeAsync(
        string moderatorId, MergeRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Any)
        {
            return ModerationResult.Invalid<IReadOnlyList<MergeResponse>>(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var root = await ResolveRootAsync(db, request.CanonicalId!.Value, cancellationToken);
        if (root is null)
        {
            return ModerationResult.NotFound<IReadOnlyList<MergeResponse>>(localizer["Report #{0} does not exist.", request.CanonicalId]);
        }

        if (root.ModerationState == ModerationState.Hidden)
        {
            return ModerationResult.Conflict<IReadOnlyList<MergeResponse>>(localizer["Report #{0} is hidden; unhide it before merging into it.", root.Id]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var merges = new List<(Merge Merge, ParcelReport Duplicate)>();
        foreach (var duplicateId in request.DuplicateIds!.Distinct())
        {
            var duplicate = await LoadAsync(db, duplicateId, cancellationToken);
            if (duplicate is null)
            {
                return ModerationResult.NotFound<IReadOnlyList<MergeResponse>>(localizer["Report #{0} does not exist.", duplicateId]);
            }

            if (Refuse(duplicate, root) is { } refusal)
            {
                return ModerationResult.Conflict<IReadOnlyList<MergeResponse>>(refusal);
            }

            var merge = new Merge { CanonicalId = root.Id, DuplicateId = duplicate.Id, ModeratorId = moderatorId, At = now, Reason = InputText.Clean(request.Reason) };
            MoveEvents(duplicate, root, merge);
            duplicate.ModerationState = ModerationState.Duplicate;
            duplicate.DuplicateOfId = root.Id;
            Touch(duplicate, now);
            db.Merges.Add(merge);
            merges.Add((merge, duplicate));
        }

        Touch(root, now);
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return ModerationResult.Conflict<IReadOnlyList<MergeResponse>>(localizer["Another moderator changed these reports at the same moment. Reload and try again."]);
        }

        foreach (var (merge, duplicate) in merges)
        {
            audit.Record(db, moderatorId, AuditActions.Merge, "merge", merge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new
            {
                merge.CanonicalId,
                merge.DuplicateId,
                merge.Reason,
                merge.MovedEventIds,
                before = new { duplicate = ModerationState.Visible.ToString(), duplicateOfId = (int?)null },
                after = new { duplicate = duplicate.ModerationState.ToString(), duplicateOfId = duplicate.DuplicateOfId, canonicalOutcome = root.Outcome.ToString() },
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ModerationResult.Done<IReadOnlyList<MergeResponse>>(merges.Select(m => ToResponse(m.Merge)).ToList());
    }

    /// <summary>
    /// Puts everything back as it was before the merge: the duplicate visible again, its moved events back on it,
    /// both outcomes recomputed. Refused while a later merge depends on it (its canonical report was merged away).
    /// </summary>
    public async Task<ModerationResult<MergeResponse>> UndoAsync(string moderatorId, int mergeId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merge = await db.Merges.FirstOrDefaultAsync(m => m.Id == mergeId, cancellationToken);
        if (merge is null)
        {
            return ModerationResult.NotFound<MergeResponse>(localizer["Merge #{0} does not exist.", mergeId]);
        }

        if (merge.UndoneAt is not null)
        {
            return ModerationResult.Conflict<MergeResponse>(localizer["Merge #{0} was already undone.", mergeId]);
        }

        var dependants = await db.Merges.AsNoTracking()
            .Where(m => m.UndoneAt == null && m.Id != merge.Id && m.DuplicateId == merge.CanonicalId)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (dependants.Count > 0)
        {
            var first = string.Join(", ", dependants.Select(id => $"#{id}"));
            return ModerationResult.Conflict<MergeResponse>(localizer["Report #{0} was merged into another report after this merge. Undo merge {1} first.", merge.CanonicalId, first]);
        }

        var canonical = (await LoadAsync(db, merge.CanonicalId, cancellationToken))!;
        var duplicate = (await LoadAsync(db, merge.DuplicateId, cancellationToken))!;
        foreach (var moved in canonical.Events.Where(e => merge.MovedEventIds.Contains(e.Id)).ToList())
        {
            canonical.Events.Remove(moved);
            duplicate.Events.Add(moved);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        duplicate.ModerationState = ModerationState.Visible;
        duplicate.DuplicateOfId = null;
        Touch(duplicate, now);
        Touch(canonical, now);
        merge.UndoneAt = now;
        merge.UndoneById = moderatorId;
        merge.Version++;
        audit.Record(db, moderatorId, AuditActions.UndoMerge, "merge", merge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new
        {
            merge.CanonicalId,
            merge.DuplicateId,
            merge.MovedEventIds,
            before = new { duplicate = ModerationState.Duplicate.ToString(), duplicateOfId = merge.CanonicalId },
            after = new { duplicate = duplicate.ModerationState.ToString(), duplicateOfId = (int?)null, canonicalOutcome = canonical.Outcome.ToString() },
        });
        if (!await TrySaveAsync(db, cancellationToken))
        {
            return ModerationResult.Conflict<MergeResponse>(localizer["Another moderator changed these reports at the same moment. Reload and try again."]);
        }

        await transaction.CommitAsync(cancellationToken);
        return ModerationResult.Done(ToResponse(merge));
    }

    /// <summary>Merges newest first, undone ones included; optionally only those touching one report.</summary>
    public async Task<PagedResponse<MergeResponse>> ListAsync(int? reportId, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaximumPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var merges = db.Merges.AsNoTracking();
        if (reportId is { } id)
        {
            merges = merges.Where(m => m.CanonicalId == id || m.DuplicateId == id);
        }

        var total = await merges.CountAsync(cancellationToken);
        var items = await merges.OrderByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResponse<MergeResponse>(items.ConvertAll(ToResponse), page, pageSize, total);
    }

    private FieldErrors Validate(MergeRequest request)
    {
        var errors = new FieldErrors();
        if (request.CanonicalId is null)
        {
            errors.Add("canonicalId", localizer["This field is required."]);
        }

        if (request.DuplicateIds is not { Count: > 0 })
        {
            errors.Add("duplicateIds", localizer["Name at least one duplicate report."]);
        }
        else if (request.DuplicateIds.Count > MaximumDuplicatesPerMerge)
        {
            errors.Add("duplicateIds", localizer["At most {0} reports per merge.", MaximumDuplicatesPerMerge]);
        }

        if (InputText.Clean(request.Reason) is { Length: > ParcelLimits.ModerationReason })
        {
            errors.Add("reason", localizer["At most {0} characters.", ParcelLimits.ModerationReason]);
        }

        return errors;
    }

    private string? Refuse(ParcelReport duplicate, ParcelReport root)
    {
        if (duplicate.Id == root.Id || duplicate.DuplicateOfId == root.Id)
        {
            return localizer["Report #{0} is already the same parcel as report #{1}.", duplicate.Id, root.Id];
        }

        return duplicate.ModerationState switch
        {
            ModerationState.Duplicate => localizer["Report #{0} is already a duplicate of report #{1}; undo that merge first.", duplicate.Id, duplicate.DuplicateOfId ?? 0].Value,
            ModerationState.Hidden => localizer["Report #{0} is hidden; unhide it before merging it.", duplicate.Id].Value,
            _ => null,
        };
    }

    /// <summary>The canonical report, or the root of its duplicate chain (chains cannot loop: merges go into roots).</summary>
    private static async Task<ParcelReport?> ResolveRootAsync(ParcelWatchDbContext db, int id, CancellationToken cancellationToken)
    {
        var report = await LoadAsync(db, id, cancellationToken);
        var seen = new HashSet<int>();
        while (report is { ModerationState: ModerationState.Duplicate, DuplicateOfId: { } parent } && seen.Add(report.Id))
        {
            report = await LoadAsync(db, parent, cancellationToken);
        }

        return report;
    }

    private static void MoveEvents(ParcelReport duplicate, ParcelReport root, Merge merge)
    {
        static List<OutcomeEventFact> Facts(ParcelReport report) => report.Events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList();
        var indexes = EventMerge.EventsToMove(Facts(root), Facts(duplicate));
        var moving = indexes.Select(i => duplicate.Events[i]).ToList();
        foreach (var outcomeEvent in moving)
        {
            duplicate.Events.Remove(outcomeEvent);
            root.Events.Add(outcomeEvent);
            merge.MovedEventIds.Add(outcomeEvent.Id);
        }
    }

    private static void Touch(ParcelReport report, DateTime now)
    {
        report.RecomputeOutcome();
        report.UpdatedAt = now;
        report.Version++;
    }

    private static async Task<bool> TrySaveAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static Task<ParcelReport?> LoadAsync(ParcelWatchDbContext db, int id, CancellationToken cancellationToken) =>
        db.ParcelReports.Include(p => p.Events).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static MergeResponse ToResponse(Merge merge) => new(
        merge.Id, merge.CanonicalId, merge.DuplicateId, merge.ModeratorId, merge.At, merge.Reason,
        merge.MovedEventIds, merge.UndoneAt, merge.UndoneById);
}
