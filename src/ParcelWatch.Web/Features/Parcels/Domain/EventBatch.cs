using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>What adding one event of a batch would do.</summary>
public enum PlannedEventStatus
{
    /// <summary>The report lacks it and it fits the story: it is added.</summary>
    Add,

    /// <summary>The report has it already (the same kind on the same day, or a kind that happens once): skipped.</summary>
    AlreadyRecorded,

    /// <summary>It breaks an order rule (see <see cref="PlannedEvent.Violation"/>): the batch cannot be added as chosen.</summary>
    DoesNotFit,
}

public sealed record PlannedEvent(OutcomeEventFact Fact, PlannedEventStatus Status, EventOrderViolation Violation = EventOrderViolation.None);

/// <summary>
/// Plans adding several events at once (a pasted tracking history) to a report's existing ones: only the events it
/// lacks are added, each checked by <see cref="OutcomeRules.Check"/> against the existing events and those added
/// before it; give them oldest first. Held may happen more than once; every other kind happens once, so a second one (a history
/// naming two arrivals, or a report whose arrival was typed by hand on another day) counts as already recorded.
/// </summary>
public static class EventBatch
{
    public static IReadOnlyList<PlannedEvent> Plan(IReadOnlyList<OutcomeEventFact> existing, IReadOnlyList<OutcomeEventFact> proposed)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(proposed);
        var story = existing.ToList();
        var planned = new List<PlannedEvent>();
        foreach (var fact in proposed)
        {
            if (story.Any(e => e.Kind == fact.Kind && (e.OccurredOn == fact.OccurredOn || fact.Kind != OutcomeEventKind.Held)))
            {
                planned.Add(new PlannedEvent(fact, PlannedEventStatus.AlreadyRecorded));
                continue;
            }

            var violation = OutcomeRules.Check(story, fact);
            if (violation != EventOrderViolation.None)
            {
                planned.Add(new PlannedEvent(fact, PlannedEventStatus.DoesNotFit, violation));
                continue;
            }

            story.Add(fact);
            planned.Add(new PlannedEvent(fact, PlannedEventStatus.Add));
        }

        return planned;
    }
}
