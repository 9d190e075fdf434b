using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// What a merge does to the two reports, and what its undo puts back, each in one place: the events that move, the
/// fields the moderator chose, the recomputed outcome and the new version. <see cref="Merge"/> records every step,
/// so that <see cref="MoveEventsBack"/> and <see cref="RestoreFields"/> can reverse exactly that.
/// </summary>
internal static class MergeChanges
{
    /// <summary>Moves the duplicate's events that the root lacks and that fit its story (<see cref="EventMerge"/>) to the root.</summary>
    public static void MoveEvents(ParcelReport duplicate, ParcelReport root, Merge merge)
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

    /// <summary>Moves the events the merge moved back from the canonical report to the duplicate.</summary>
    public static void MoveEventsBack(Merge merge, ParcelReport canonical, ParcelReport duplicate)
    {
        foreach (var moved in canonical.Events.Where(e => merge.MovedEventIds.Contains(e.Id)).ToList())
        {
            canonical.Events.Remove(moved);
            duplicate.Events.Add(moved);
        }
    }

    /// <summary>Copies the fields the moderator chose from this duplicate onto the canonical report, noting the old values.</summary>
    public static void TakeFields(MergeRequest request, ParcelReport duplicate, ParcelReport root, Merge merge)
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
    public static List<string> RestoreFields(Merge merge, ParcelReport canonical)
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

    /// <summary>Recomputes the outcome after events moved, and marks the report changed (time and version).</summary>
    public static void Touch(ParcelReport report, DateTime now)
    {
        report.RecomputeOutcome();
        report.UpdatedAt = now;
        report.Version++;
    }
}
