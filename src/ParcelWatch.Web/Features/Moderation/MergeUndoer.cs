using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Undoes a merge exactly, in one transaction: the duplicate visible again, its moved events back on it, the fields the
/// merge overwrote restored (<see cref="MergeChanges"/>), both outcomes recomputed. An undo touches two reports and goes
/// through SaveChanges, whose version checks catch a moderator acting on the same reports at the same moment.
/// </summary>
public sealed class MergeUndoer(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    /// <summary>Refused while a later merge depends on this one (its canonical report was merged away).</summary>
    public async Task<CommandResult<MergeResponse>> UndoAsync(string moderatorId, int mergeId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merge = await db.Merges.FirstOrDefaultAsync(m => m.Id == mergeId, cancellationToken);
        if (merge is null)
        {
            return CommandResult.NotFound<MergeResponse>(localizer["Merge #{0} does not exist.", mergeId]);
        }

        if (merge.UndoneAt is not null)
        {
            return CommandResult.Conflict<MergeResponse>(localizer["Merge #{0} was already undone.", mergeId]);
        }

        var dependants = await db.Merges.AsNoTracking()
            .Where(m => m.UndoneAt == null && m.Id != merge.Id && m.DuplicateId == merge.CanonicalId)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (dependants.Count > 0)
        {
            var first = string.Join(", ", dependants.Select(id => $"#{id}"));
            return CommandResult.Conflict<MergeResponse>(localizer["Report #{0} was merged into another report after this merge. Undo merge {1} first.", merge.CanonicalId, first]);
        }

        var canonical = (await LoadAsync(db, merge.CanonicalId, cancellationToken))!;
        var duplicate = (await LoadAsync(db, merge.DuplicateId, cancellationToken))!;
        MergeChanges.MoveEventsBack(merge, canonical, duplicate);
        var keptLaterEdits = MergeChanges.RestoreFields(merge, canonical);
        var now = clock.GetUtcNow().UtcDateTime;
        duplicate.ModerationState = ModerationState.Visible;
        duplicate.DuplicateOfId = null;
        MergeChanges.Touch(duplicate, now);
        MergeChanges.Touch(canonical, now);
        merge.UndoneAt = now;
        merge.UndoneById = moderatorId;
        merge.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict<MergeResponse>(localizer["Another moderator changed these reports at the same moment. Reload and try again."]);
        }

        await audit.WriteAsync(db, moderatorId, AuditActions.UndoMerge, "merge", merge.Id.ToString(CultureInfo.InvariantCulture), new
        {
            merge.CanonicalId,
            merge.DuplicateId,
            merge.MovedEventIds,
            merge.FieldChanges,
            keptLaterEdits,
            before = new { duplicate = ModerationState.Duplicate.ToString(), duplicateOfId = merge.CanonicalId },
            after = new { duplicate = duplicate.ModerationState.ToString(), duplicateOfId = (int?)null, canonicalOutcome = canonical.Outcome.ToString() },
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Done(MergeResponse.From(merge));
    }

    private static Task<ParcelReport?> LoadAsync(ParcelWatchDbContext db, int id, CancellationToken cancellationToken) =>
        db.ParcelReports.Include(p => p.Events).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
}
