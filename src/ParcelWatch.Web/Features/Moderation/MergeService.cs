using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Merges duplicate reports into a canonical one and undoes merges exactly. Each command runs in one transaction
/// with optimistic concurrency on every report and merge it changes: of two moderators acting on the same reports
/// at once, one wins and the other gets a conflict, never a half-applied merge. Merges are planned in memory on
/// detached reports (<see cref="MergeWorkingSet"/>) and stored set-based (<see cref="MergeWriter"/>), so that a batch
/// of a thousand costs a few statements; an undo touches two reports and goes through SaveChanges.
/// </summary>
public sealed class MergeService(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    StatsCache statsCache,
    TimeProvider clock)
{
    public const int MaximumDuplicatesPerMerge = 50;
    public const int MaximumDuplicatesPerBatch = 1000;

    /// <summary>Merges each duplicate into the canonical report (or into its root, if it is itself a duplicate).</summary>
    public Task<ModerationResult<IReadOnlyList<MergeResponse>>> MergeAsync(
        string moderatorId, MergeRequest request, CancellationToken cancellationToken) =>
        MergeAsync(moderatorId, [request], Validate(request, prefix: string.Empty, new FieldErrors()), cancellationToken);

    /// <summary>
    /// Applies many merges in one transaction, in the order given (a later merge may name a report an earlier one
    /// merged away: it resolves to the root). All of them happen, or none: the first refusal cancels the batch.
    /// </summary>
    public Task<ModerationResult<IReadOnlyList<MergeResponse>>> MergeBatchAsync(
        string moderatorId, MergeBatchRequest batch, CancellationToken cancellationToken)
    {
        var requests = batch.Merges ?? [];
        var errors = new FieldErrors();
        if (requests.Count == 0)
        {
            errors.Add("merges", localizer["Name at least one merge."]);
        }
        else if (requests.Sum(r => r?.DuplicateIds?.Count ?? 0) > MaximumDuplicatesPerBatch)
        {
            errors.Add("merges", localizer["At most {0} reports per batch.", MaximumDuplicatesPerBatch]);
        }

        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i] is { } request)
            {
                Validate(request, $"merges[{i}].", errors);
            }
            else
            {
                errors.Add($"merges[{i}]", localizer["This field is required."]);
            }
        }

        return MergeAsync(moderatorId, requests, errors, cancellationToken);
    }

    private async Task<ModerationResult<IReadOnlyList<MergeResponse>>> MergeAsync(
        string moderatorId, IReadOnlyList<MergeRequest> requests, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            return ModerationResult.Invalid<IReadOnlyList<MergeResponse>>(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var set = await MergeWorkingSet.LoadAsync(db, requests.SelectMany(r => r.DuplicateIds!.Append(r.CanonicalId!.Value)), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var merges = new List<(Merge Merge, ParcelReport Canonical, ParcelReport Duplicate)>();
        foreach (var request in requests)
        {
            var root = await ResolveRootAsync(db, set, request.CanonicalId!.Value, cancellationToken);
            if (root is null)
            {
                return ModerationResult.NotFound<IReadOnlyList<MergeResponse>>(localizer["Report #{0} does not exist.", request.CanonicalId]);
            }

            if (root.ModerationState == ModerationState.Hidden)
            {
                return ModerationResult.Conflict<IReadOnlyList<MergeResponse>>(localizer["Report #{0} is hidden; unhide it before merging into it.", root.Id]);
            }

            foreach (var duplicateId in request.DuplicateIds!.Distinct())
            {
                if (await set.FindAsync(db, duplicateId, cancellationToken) is not { } duplicate)
                {
                    return ModerationResult.NotFound<IReadOnlyList<MergeResponse>>(localizer["Report #{0} does not exist.", duplicateId]);
                }

                if (Refuse(duplicate, root) is { } refusal)
                {
                    return ModerationResult.Conflict<IReadOnlyList<MergeResponse>>(refusal);
                }

                var merge = new Merge { CanonicalId = root.Id, DuplicateId = duplicate.Id, ModeratorId = moderatorId, At = now, Reason = InputText.Clean(request.Reason) };
                MoveEvents(duplicate, root, merge);
                TakeFields(request, duplicate, root, merge);
                duplicate.ModerationState = ModerationState.Duplicate;
                duplicate.DuplicateOfId = root.Id;
                Touch(duplicate, now);
                merges.Add((merge, root, duplicate));
            }

            Touch(root, now);
        }

        if (!await MergeWriter.TryWriteAsync(db.Database, set, merges.ConvertAll(m => m.Merge), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return ModerationResult.Conflict<IReadOnlyList<MergeResponse>>(localizer["Another moderator changed these reports at the same moment. Reload and try again."]);
        }

        await AuditLog.AppendAsync(db.Database, merges.Select(m => audit.Entry(moderatorId, AuditActions.Merge, "merge", m.Merge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new
        {
            m.Merge.CanonicalId,
            m.Merge.DuplicateId,
            m.Merge.Reason,
            m.Merge.MovedEventIds,
            m.Merge.FieldChanges,
            before = new { duplicate = ModerationState.Visible.ToString(), duplicateOfId = (int?)null },
            after = new { duplicate = m.Duplicate.ModerationState.ToString(), duplicateOfId = m.Duplicate.DuplicateOfId, canonicalOutcome = m.Canonical.Outcome.ToString() },
        })), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await statsCache.InvalidateAsync(); // written without SaveChanges, so StatsInvalidation did not see it
        return ModerationResult.Done<IReadOnlyList<MergeResponse>>(merges.ConvertAll(m => ToResponse(m.Merge)));
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

        var keptLaterEdits = RestoreFields(merge, canonical);
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
            merge.FieldChanges,
            keptLaterEdits,
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
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var merges = db.Merges.AsNoTracking();
        if (reportId is { } id)
        {
            merges = merges.Where(m => m.CanonicalId == id || m.DuplicateId == id);
        }

        var found = await merges.OrderByDescending(m => m.Id).ToPageAsync(PageRequest.Of(page, pageSize), cancellationToken);
        return found.Map(ToResponse);
    }

    private FieldErrors Validate(MergeRequest request, string prefix, FieldErrors errors)
    {
        if (request.CanonicalId is null)
        {
            errors.Add(prefix + "canonicalId", localizer["This field is required."]);
        }

        if (request.DuplicateIds is not { Count: > 0 })
        {
            errors.Add(prefix + "duplicateIds", localizer["Name at least one duplicate report."]);
        }
        else if (request.DuplicateIds.Count > MaximumDuplicatesPerMerge)
        {
            errors.Add(prefix + "duplicateIds", localizer["At most {0} reports per merge.", MaximumDuplicatesPerMerge]);
        }

        if (InputText.Clean(request.Reason) is { Length: > ParcelLimits.ModerationReason })
        {
            errors.Add(prefix + "reason", localizer["At most {0} characters.", ParcelLimits.ModerationReason]);
        }

        foreach (var (field, reportId) in request.FieldWinners ?? new Dictionary<string, int>())
        {
            if (!MergeableFields.All.Contains(field))
            {
                errors.Add($"{prefix}fieldWinners.{field}", localizer["Unknown field; use one of: {0}.", string.Join(", ", MergeableFields.All)]);
            }
            else if (reportId != request.CanonicalId && request.DuplicateIds?.Contains(reportId) != true)
            {
                errors.Add($"{prefix}fieldWinners.{field}", localizer["Report #{0} is not part of this merge.", reportId]);
            }
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
    private static async Task<ParcelReport?> ResolveRootAsync(ParcelWatchDbContext db, MergeWorkingSet set, int id, CancellationToken cancellationToken)
    {
        var report = await set.FindAsync(db, id, cancellationToken);
        var seen = new HashSet<int>();
        while (report is { ModerationState: ModerationState.Duplicate, DuplicateOfId: { } parent } && seen.Add(report.Id))
        {
            report = await set.FindAsync(db, parent, cancellationToken);
        }

        return report;
    }

    /// <summary>Copies the fields the moderator chose from this duplicate onto the canonical report, noting the old values.</summary>
    private static void TakeFields(MergeRequest request, ParcelReport duplicate, ParcelReport root, Merge merge)
    {
        foreach (var (field, winnerId) in request.FieldWinners ?? new Dictionary<string, int>())
        {
            var before = MergeableFields.Read(root, field);
            var after = MergeableFields.Read(duplicate, field);
            if (winnerId == duplicate.Id && before != after)
            {
                MergeableFields.Write(root, field, after);
                merge.FieldChanges.Add(new MergedField { Field = field, Before = before, After = after });
            }
        }
    }

    /// <summary>
    /// Puts back the canonical's own values of the fields the merge overwrote, except where someone edited the field
    /// since (the later edit is kept); returns the fields kept that way.
    /// </summary>
    private static List<string> RestoreFields(Merge merge, ParcelReport canonical)
    {
        var kept = new List<string>();
        foreach (var change in merge.FieldChanges)
        {
            if (MergeableFields.Read(canonical, change.Field) == change.After)
            {
                MergeableFields.Write(canonical, change.Field, change.Before);
            }
            else
            {
                kept.Add(change.Field);
            }
        }

        return kept;
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
        merge.MovedEventIds, merge.FieldChanges.ConvertAll(f => new MergedFieldResponse(f.Field, f.Before, f.After)), merge.UndoneAt, merge.UndoneById);
}
