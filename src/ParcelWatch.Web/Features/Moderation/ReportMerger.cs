using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Merges duplicate reports into a canonical one, one request or a batch. Each command runs in one transaction with
/// optimistic concurrency on every report it changes: of two moderators acting on the same reports at once, one wins
/// and the other gets a conflict, never a half-applied merge. Merges are planned in memory on detached reports
/// (<see cref="MergeWorkingSet"/>, <see cref="MergeChanges"/>) and stored set-based (<see cref="MergeWriter"/>), so that
/// a batch of a thousand costs a few statements, the audit entries included.
/// </summary>
public sealed class ReportMerger(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    MergeRequestValidator validator,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    StatsCache statsCache,
    TimeProvider clock)
{
    /// <summary>Merges each duplicate into the canonical report (or into its root, if it is itself a duplicate).</summary>
    public Task<CommandResult<IReadOnlyList<MergeResponse>>> MergeAsync(
        string moderatorId, MergeRequest request, CancellationToken cancellationToken) =>
        MergeAsync(moderatorId, [request], validator.Validate(request), cancellationToken);

    /// <summary>
    /// Applies many merges in one transaction, in the order given (a later merge may name a report an earlier one
    /// merged away: it resolves to the root). All of them happen, or none: the first refusal cancels the batch.
    /// </summary>
    public Task<CommandResult<IReadOnlyList<MergeResponse>>> MergeBatchAsync(
        string moderatorId, MergeBatchRequest batch, CancellationToken cancellationToken)
    {
        var requests = batch.Merges ?? [];
        return MergeAsync(moderatorId, requests, validator.Validate(requests), cancellationToken);
    }

    private async Task<CommandResult<IReadOnlyList<MergeResponse>>> MergeAsync(
        string moderatorId, IReadOnlyList<MergeRequest> requests, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            return CommandResult.Invalid<IReadOnlyList<MergeResponse>>(errors);
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
                return CommandResult.NotFound<IReadOnlyList<MergeResponse>>(localizer["Report #{0} does not exist.", request.CanonicalId]);
            }

            if (root.ModerationState == ModerationState.Hidden)
            {
                return CommandResult.Conflict<IReadOnlyList<MergeResponse>>(localizer["Report #{0} is hidden; unhide it before merging into it.", root.Id]);
            }

            foreach (var duplicateId in request.DuplicateIds!.Distinct())
            {
                if (await set.FindAsync(db, duplicateId, cancellationToken) is not { } duplicate)
                {
                    return CommandResult.NotFound<IReadOnlyList<MergeResponse>>(localizer["Report #{0} does not exist.", duplicateId]);
                }

                if (Refuse(duplicate, root) is { } refusal)
                {
                    return CommandResult.Conflict<IReadOnlyList<MergeResponse>>(refusal);
                }

                var merge = new Merge { CanonicalId = root.Id, DuplicateId = duplicate.Id, ModeratorId = moderatorId, At = now, Reason = InputText.Clean(request.Reason) };
                MergeChanges.MoveEvents(duplicate, root, merge);
                MergeChanges.TakeFields(request, duplicate, root, merge);
                duplicate.ModerationState = ModerationState.Duplicate;
                duplicate.DuplicateOfId = root.Id;
                MergeChanges.Touch(duplicate, now);
                merges.Add((merge, root, duplicate));
            }

            MergeChanges.Touch(root, now);
        }

        if (!await MergeWriter.TryWriteAsync(db.Database, set, merges.ConvertAll(m => m.Merge), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return CommandResult.Conflict<IReadOnlyList<MergeResponse>>(localizer["Another moderator changed these reports at the same moment. Reload and try again."]);
        }

        await audit.WriteAsync(db, merges.ConvertAll(m => audit.Entry(moderatorId, AuditActions.Merge, "merge", m.Merge.Id.ToString(CultureInfo.InvariantCulture), new
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
        return CommandResult.Done<IReadOnlyList<MergeResponse>>(merges.ConvertAll(m => MergeResponse.From(m.Merge)));
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
}
