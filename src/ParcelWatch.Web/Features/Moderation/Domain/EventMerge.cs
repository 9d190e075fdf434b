using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Moderation.Domain;

/// <summary>Which of a duplicate's outcome events move to the canonical report when the two are merged.</summary>
public static class EventMerge
{
    /// <summary>
    /// The indexes (into <paramref name="duplicate"/>) of the events the canonical report lacks (no event of the same
    /// kind on the same day) and that keep its story valid: replayed in date order, every event must be allowed by
    /// <see cref="OutcomeRules.Check"/> after the ones before it. Events are tried in date order; one that would break
    /// the story stays on the duplicate.
    /// </summary>
    public static IReadOnlyList<int> EventsToMove(IReadOnlyList<OutcomeEventFact> canonical, IReadOnlyList<OutcomeEventFact> duplicate)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(duplicate);
        var story = canonical.ToList();
        var moved = new List<int>();
        var lacking = duplicate
            .Select((fact, index) => (fact, index))
            .Where(e => !canonical.Contains(e.fact))
            .OrderBy(e => e.fact.OccurredOn).ThenBy(e => e.fact.Kind);
        foreach (var (fact, index) in lacking)
        {
            if (story.Contains(fact) || !IsValidStory([.. story, fact]))
            {
                continue;
            }

            story.Add(fact);
            moved.Add(index);
        }

        return moved;
    }

    /// <summary>Whether the events, in date order, could have been recorded one after another.</summary>
    public static bool IsValidStory(IReadOnlyList<OutcomeEventFact> events)
    {
        var ordered = events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Kind).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (OutcomeRules.Check(ordered[..i], ordered[i]) != EventOrderViolation.None)
            {
                return false;
            }
        }

        return true;
    }
}
