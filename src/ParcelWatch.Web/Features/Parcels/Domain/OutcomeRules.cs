using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>Derives a parcel's outcome from its events and checks that a new event fits the story so far.</summary>
public static class OutcomeRules
{
    /// <summary>
    /// The outcome of a parcel: Released or Delivered ⇒ Passed; else Returned ⇒ Returned; else Seized ⇒ Seized;
    /// else Pending (the rules apply in that order if the events contradict each other).
    /// The deciding event is the first Released (Passed, or the first Delivered when there is no Released),
    /// Returned or Seized. Days held run from the first ArrivedAtCustoms or Held to the deciding event; null while
    /// pending, without an arrival/hold, or when that arrival/hold is dated after the decision.
    /// Events may be given in any order; they are ordered by date, then by kind.
    /// </summary>
    public static OutcomeSummary Derive(IReadOnlyList<OutcomeEventFact> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ordered = events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Kind).ToList();

        var (outcome, decision) =
            First(ordered, OutcomeEventKind.Released) is { } released ? (Outcome.Passed, released)
            : First(ordered, OutcomeEventKind.Delivered) is { } delivered ? (Outcome.Passed, delivered)
            : First(ordered, OutcomeEventKind.Returned) is { } returned ? (Outcome.Returned, returned)
            : First(ordered, OutcomeEventKind.Seized) is { } seized ? (Outcome.Seized, seized)
            : (Outcome.Pending, null);

        if (decision is null)
        {
            return new OutcomeSummary(Outcome.Pending, null, null);
        }

        var start = ordered.FirstOrDefault(e => e.Kind is OutcomeEventKind.ArrivedAtCustoms or OutcomeEventKind.Held);
        int? daysHeld = start is not null && start.OccurredOn <= decision.OccurredOn
            ? decision.OccurredOn.DayNumber - start.OccurredOn.DayNumber
            : null;
        return new OutcomeSummary(outcome, daysHeld, decision.OccurredOn);
    }

    /// <summary>
    /// Whether <paramref name="next"/> may follow the <paramref name="existing"/> events (given in any order).
    /// Checks run in this order and the first failing one is returned, so the story's shape is reported before its dates:
    /// <list type="number">
    /// <item><see cref="EventOrderViolation.AfterFinalOutcome"/>: once Released, Returned, Seized or Delivered exists,
    /// only a single Delivered after Released may be added.</item>
    /// <item><see cref="EventOrderViolation.SecondArrival"/>: ArrivedAtCustoms at most once.</item>
    /// <item><see cref="EventOrderViolation.DecisionWithoutArrival"/>: Released, Returned or Seized needs an existing
    /// ArrivedAtCustoms or Held.</item>
    /// <item><see cref="EventOrderViolation.DeliveredWithoutRelease"/>: Delivered needs an existing Released.</item>
    /// <item><see cref="EventOrderViolation.EarlierThanLastEvent"/>: the date may not be before the latest existing
    /// event's date (the same day is fine).</item>
    /// </list>
    /// </summary>
    public static EventOrderViolation Check(IReadOnlyList<OutcomeEventFact> existing, OutcomeEventFact next)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(next);

        bool Has(OutcomeEventKind kind) => existing.Any(e => e.Kind == kind);

        var closed = existing.Any(e => e.Kind is OutcomeEventKind.Released or OutcomeEventKind.Returned
            or OutcomeEventKind.Seized or OutcomeEventKind.Delivered);
        var deliveryAfterRelease = next.Kind == OutcomeEventKind.Delivered
            && Has(OutcomeEventKind.Released) && !Has(OutcomeEventKind.Delivered);
        if (closed && !deliveryAfterRelease)
        {
            return EventOrderViolation.AfterFinalOutcome;
        }

        if (next.Kind == OutcomeEventKind.ArrivedAtCustoms && Has(OutcomeEventKind.ArrivedAtCustoms))
        {
            return EventOrderViolation.SecondArrival;
        }

        if (next.Kind is OutcomeEventKind.Released or OutcomeEventKind.Returned or OutcomeEventKind.Seized
            && !Has(OutcomeEventKind.ArrivedAtCustoms) && !Has(OutcomeEventKind.Held))
        {
            return EventOrderViolation.DecisionWithoutArrival;
        }

        if (next.Kind == OutcomeEventKind.Delivered && !Has(OutcomeEventKind.Released))
        {
            return EventOrderViolation.DeliveredWithoutRelease;
        }

        if (existing.Count > 0 && next.OccurredOn < existing.Max(e => e.OccurredOn))
        {
            return EventOrderViolation.EarlierThanLastEvent;
        }

        return EventOrderViolation.None;
    }

    private static OutcomeEventFact? First(List<OutcomeEventFact> ordered, OutcomeEventKind kind) =>
        ordered.FirstOrDefault(e => e.Kind == kind);
}
