using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;
using static ParcelWatch.Data.Entities.OutcomeEventKind;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class OutcomeRulesCheckTests
{
    private static readonly DateOnly Day0 = new(2017, 5, 2);

    private static OutcomeEventFact On(OutcomeEventKind kind, int day) => new(kind, Day0.AddDays(day));

    /// <summary>Adds the events one by one and asserts each is allowed.</summary>
    private static void AssertAllowed(params OutcomeEventFact[] sequence)
    {
        var existing = new List<OutcomeEventFact>();
        foreach (var next in sequence)
        {
            Assert.Equal(EventOrderViolation.None, OutcomeRules.Check(existing, next));
            existing.Add(next);
        }
    }

    [Fact]
    public void Arrived_held_released_delivered_is_allowed() =>
        AssertAllowed(On(ArrivedAtCustoms, 0), On(Held, 1), On(Released, 9), On(Delivered, 15));

    [Fact]
    public void Held_returned_is_allowed() => AssertAllowed(On(Held, 0), On(Returned, 20));

    [Fact]
    public void Arrived_seized_is_allowed() => AssertAllowed(On(ArrivedAtCustoms, 0), On(Seized, 30));

    [Fact]
    public void Several_holds_and_same_day_events_are_allowed() =>
        AssertAllowed(On(Held, 0), On(ArrivedAtCustoms, 0), On(Held, 3), On(Held, 3), On(Released, 3), On(Delivered, 3));

    [Theory]
    [InlineData(ArrivedAtCustoms)]
    [InlineData(Held)]
    public void Any_first_step_is_allowed(OutcomeEventKind kind) =>
        Assert.Equal(EventOrderViolation.None, OutcomeRules.Check([], On(kind, 0)));

    [Theory]
    [InlineData(Released)]
    [InlineData(Returned)]
    [InlineData(Seized)]
    public void A_decision_needs_an_arrival_or_hold(OutcomeEventKind kind)
    {
        Assert.Equal(EventOrderViolation.DecisionWithoutArrival, OutcomeRules.Check([], On(kind, 0)));
        Assert.Equal(EventOrderViolation.None, OutcomeRules.Check([On(ArrivedAtCustoms, 0)], On(kind, 1)));
        Assert.Equal(EventOrderViolation.None, OutcomeRules.Check([On(Held, 0)], On(kind, 1)));
    }

    [Theory]
    [InlineData(Released, ArrivedAtCustoms)]
    [InlineData(Released, Held)]
    [InlineData(Released, Released)]
    [InlineData(Released, Returned)]
    [InlineData(Released, Seized)]
    [InlineData(Returned, Held)]
    [InlineData(Returned, Released)]
    [InlineData(Returned, Delivered)]
    [InlineData(Seized, Released)]
    [InlineData(Seized, Returned)]
    [InlineData(Seized, Delivered)]
    public void Nothing_follows_a_final_outcome_but_delivery_after_release(OutcomeEventKind decision, OutcomeEventKind next) =>
        Assert.Equal(
            EventOrderViolation.AfterFinalOutcome,
            OutcomeRules.Check([On(Held, 0), On(decision, 1)], On(next, 2)));

    [Fact]
    public void Only_one_delivery_follows_a_release() =>
        Assert.Equal(
            EventOrderViolation.AfterFinalOutcome,
            OutcomeRules.Check([On(Held, 0), On(Released, 1), On(Delivered, 2)], On(Delivered, 3)));

    [Fact]
    public void Nothing_follows_a_delivery() =>
        Assert.Equal(
            EventOrderViolation.AfterFinalOutcome,
            OutcomeRules.Check([On(Held, 0), On(Released, 1), On(Delivered, 2)], On(Held, 3)));

    [Fact]
    public void Delivered_needs_a_release()
    {
        Assert.Equal(EventOrderViolation.DeliveredWithoutRelease, OutcomeRules.Check([], On(Delivered, 0)));
        Assert.Equal(EventOrderViolation.DeliveredWithoutRelease, OutcomeRules.Check([On(ArrivedAtCustoms, 0), On(Held, 1)], On(Delivered, 2)));
    }

    [Fact]
    public void An_event_may_not_be_dated_before_the_latest_one()
    {
        Assert.Equal(EventOrderViolation.EarlierThanLastEvent, OutcomeRules.Check([On(ArrivedAtCustoms, 5)], On(Held, 4)));
        Assert.Equal(EventOrderViolation.EarlierThanLastEvent, OutcomeRules.Check([On(Held, 9), On(ArrivedAtCustoms, 2)], On(Released, 8)));
        Assert.Equal(EventOrderViolation.EarlierThanLastEvent, OutcomeRules.Check([On(Held, 0), On(Released, 5)], On(Delivered, 4)));
    }

    [Fact]
    public void Arrival_happens_once()
    {
        Assert.Equal(EventOrderViolation.SecondArrival, OutcomeRules.Check([On(ArrivedAtCustoms, 0)], On(ArrivedAtCustoms, 1)));
        Assert.Equal(EventOrderViolation.SecondArrival, OutcomeRules.Check([On(ArrivedAtCustoms, 0), On(Held, 1)], On(ArrivedAtCustoms, 2)));
    }

    [Fact]
    public void Arrival_after_a_hold_is_allowed() =>
        Assert.Equal(EventOrderViolation.None, OutcomeRules.Check([On(Held, 0)], On(ArrivedAtCustoms, 1)));

    [Fact]
    public void Existing_events_may_be_given_in_any_order() =>
        Assert.Equal(EventOrderViolation.None, OutcomeRules.Check([On(Released, 6), On(ArrivedAtCustoms, 0), On(Held, 1)], On(Delivered, 6)));

    // The documented order: final outcome, second arrival, decision without arrival, delivery without release, date.
    [Fact]
    public void A_closed_story_is_reported_before_a_wrong_date() =>
        Assert.Equal(EventOrderViolation.AfterFinalOutcome, OutcomeRules.Check([On(Held, 5), On(Returned, 9)], On(Held, 1)));

    [Fact]
    public void A_closed_story_is_reported_before_a_second_arrival() =>
        Assert.Equal(EventOrderViolation.AfterFinalOutcome, OutcomeRules.Check([On(ArrivedAtCustoms, 0), On(Seized, 9)], On(ArrivedAtCustoms, 10)));

    [Fact]
    public void A_second_arrival_is_reported_before_a_wrong_date() =>
        Assert.Equal(EventOrderViolation.SecondArrival, OutcomeRules.Check([On(ArrivedAtCustoms, 5)], On(ArrivedAtCustoms, 1)));

    [Fact]
    public void A_decision_on_a_delivered_story_is_a_closed_story_not_a_missing_arrival() =>
        Assert.Equal(EventOrderViolation.AfterFinalOutcome, OutcomeRules.Check([On(Delivered, 5)], On(Released, 6)));

    [Fact]
    public void A_missing_release_is_reported_before_a_wrong_date() =>
        Assert.Equal(EventOrderViolation.DeliveredWithoutRelease, OutcomeRules.Check([On(Held, 5)], On(Delivered, 1)));
}
