using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;
using static ParcelWatch.Data.Entities.OutcomeEventKind;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class OutcomeRulesDeriveTests
{
    private static readonly DateOnly Day0 = new(2017, 5, 2);

    private static OutcomeEventFact On(OutcomeEventKind kind, int day) => new(kind, Day0.AddDays(day));

    [Fact]
    public void No_events_is_pending() =>
        Assert.Equal(new OutcomeSummary(Outcome.Pending, null, null), OutcomeRules.Derive([]));

    [Fact]
    public void Arrival_and_hold_alone_are_pending() =>
        Assert.Equal(new OutcomeSummary(Outcome.Pending, null, null), OutcomeRules.Derive([On(ArrivedAtCustoms, 0), On(Held, 1)]));

    [Fact]
    public void Released_is_passed_and_days_run_from_arrival_to_release() =>
        Assert.Equal(
            new OutcomeSummary(Outcome.Passed, 9, Day0.AddDays(9)),
            OutcomeRules.Derive([On(ArrivedAtCustoms, 0), On(Held, 2), On(Released, 9), On(Delivered, 20)]));

    [Fact]
    public void Delivered_without_release_is_passed_and_counts_to_delivery() =>
        Assert.Equal(
            new OutcomeSummary(Outcome.Passed, 6, Day0.AddDays(7)),
            OutcomeRules.Derive([On(Held, 1), On(Delivered, 7)]));

    [Fact]
    public void Returned_is_returned() =>
        Assert.Equal(
            new OutcomeSummary(Outcome.Returned, 14, Day0.AddDays(14)),
            OutcomeRules.Derive([On(Held, 0), On(Returned, 14)]));

    [Fact]
    public void Seized_is_seized() =>
        Assert.Equal(
            new OutcomeSummary(Outcome.Seized, 30, Day0.AddDays(30)),
            OutcomeRules.Derive([On(ArrivedAtCustoms, 0), On(Seized, 30)]));

    [Fact]
    public void Days_run_from_whichever_of_arrival_and_hold_is_first() =>
        Assert.Equal(3, OutcomeRules.Derive([On(Held, 2), On(ArrivedAtCustoms, 4), On(Released, 5)]).DaysHeld);

    [Fact]
    public void Decided_the_same_day_is_zero_days() =>
        Assert.Equal(0, OutcomeRules.Derive([On(ArrivedAtCustoms, 3), On(Released, 3)]).DaysHeld);

    [Fact]
    public void Without_arrival_or_hold_days_held_is_unknown() =>
        Assert.Equal(new OutcomeSummary(Outcome.Passed, null, Day0.AddDays(4)), OutcomeRules.Derive([On(Released, 4)]));

    [Fact]
    public void An_arrival_dated_after_the_decision_gives_no_days_held() =>
        Assert.Equal(new OutcomeSummary(Outcome.Seized, null, Day0), OutcomeRules.Derive([On(Seized, 0), On(ArrivedAtCustoms, 2)]));

    [Fact]
    public void Input_order_does_not_matter()
    {
        OutcomeEventFact[] inOrder = [On(ArrivedAtCustoms, 0), On(Held, 1), On(Released, 8), On(Delivered, 12)];

        var expected = OutcomeRules.Derive(inOrder);

        Assert.Equal(new OutcomeSummary(Outcome.Passed, 8, Day0.AddDays(8)), expected);
        Assert.Equal(expected, OutcomeRules.Derive(inOrder.Reverse().ToList()));
        Assert.Equal(expected, OutcomeRules.Derive([inOrder[2], inOrder[0], inOrder[3], inOrder[1]]));
    }

    [Fact]
    public void The_first_release_decides_when_there_are_several() =>
        Assert.Equal(Day0.AddDays(5), OutcomeRules.Derive([On(Released, 9), On(Held, 0), On(Released, 5)]).DecidedOn);

    [Fact]
    public void Release_wins_over_a_contradicting_return_as_the_rules_are_ordered() =>
        Assert.Equal(Outcome.Passed, OutcomeRules.Derive([On(Held, 0), On(Returned, 3), On(Released, 5)]).Outcome);

    [Fact]
    public void Return_wins_over_a_contradicting_seizure_as_the_rules_are_ordered() =>
        Assert.Equal(
            new OutcomeSummary(Outcome.Returned, 5, Day0.AddDays(5)),
            OutcomeRules.Derive([On(Held, 0), On(Seized, 3), On(Returned, 5)]));
}
