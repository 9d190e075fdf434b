using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Unit.Moderation;

public sealed class EventMergeTests
{
    private static OutcomeEventFact E(OutcomeEventKind kind, int day) => new(kind, new DateOnly(2017, 4, day));

    [Fact]
    public void Events_the_canonical_lacks_move_even_when_dated_before_its_own()
    {
        var canonical = new[] { E(OutcomeEventKind.Held, 12) };
        var duplicate = new[] { E(OutcomeEventKind.ArrivedAtCustoms, 10), E(OutcomeEventKind.Held, 12), E(OutcomeEventKind.Returned, 24) };

        Assert.Equal([0, 2], EventMerge.EventsToMove(canonical, duplicate));
    }

    [Fact]
    public void An_event_that_would_contradict_the_canonical_story_stays_on_the_duplicate()
    {
        var canonical = new[] { E(OutcomeEventKind.Held, 10), E(OutcomeEventKind.Released, 12) };
        var duplicate = new[] { E(OutcomeEventKind.Held, 10), E(OutcomeEventKind.Returned, 20), E(OutcomeEventKind.Delivered, 25) };

        Assert.Equal([2], EventMerge.EventsToMove(canonical, duplicate));
    }

    [Fact]
    public void Nothing_moves_into_an_empty_story_that_it_cannot_start()
    {
        Assert.Empty(EventMerge.EventsToMove([], [E(OutcomeEventKind.Delivered, 25)]));
        Assert.Equal([0, 1], EventMerge.EventsToMove([], [E(OutcomeEventKind.Held, 10), E(OutcomeEventKind.Seized, 11)]));
    }

    [Fact]
    public void A_story_is_valid_only_in_an_order_the_rules_allow()
    {
        Assert.True(EventMerge.IsValidStory([E(OutcomeEventKind.Released, 12), E(OutcomeEventKind.ArrivedAtCustoms, 10)]));
        Assert.False(EventMerge.IsValidStory([E(OutcomeEventKind.Released, 9), E(OutcomeEventKind.ArrivedAtCustoms, 10)]));
    }
}
