using ParcelWatch.Web.Features.Parcels.Domain;
using static ParcelWatch.Data.Entities.OutcomeEventKind;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class EventBatchTests
{
    private static readonly DateOnly May10 = new(2017, 5, 10);

    [Fact]
    public void Only_the_events_the_report_lacks_are_added_in_order()
    {
        var existing = new[] { new OutcomeEventFact(ArrivedAtCustoms, May10.AddDays(-1)), new OutcomeEventFact(Held, May10) };
        var proposed = new[]
        {
            new OutcomeEventFact(ArrivedAtCustoms, May10), // once only, typed by hand a day earlier
            new OutcomeEventFact(Held, May10),             // the same hold
            new OutcomeEventFact(Held, May10.AddDays(2)),  // a second hold, later
            new OutcomeEventFact(Released, May10.AddDays(4)),
            new OutcomeEventFact(Delivered, May10.AddDays(6)),
        };

        var plan = EventBatch.Plan(existing, proposed);

        Assert.Equal(
            [PlannedEventStatus.AlreadyRecorded, PlannedEventStatus.AlreadyRecorded, PlannedEventStatus.Add, PlannedEventStatus.Add, PlannedEventStatus.Add],
            plan.Select(p => p.Status));
    }

    [Fact]
    public void A_contradicting_decision_does_not_fit_and_says_why()
    {
        var proposed = new[]
        {
            new OutcomeEventFact(ArrivedAtCustoms, May10),
            new OutcomeEventFact(Released, May10.AddDays(2)),
            new OutcomeEventFact(Returned, May10.AddDays(8)),
        };

        var plan = EventBatch.Plan([], proposed);

        Assert.Equal(PlannedEventStatus.Add, plan[1].Status);
        Assert.Equal(PlannedEventStatus.DoesNotFit, plan[2].Status);
        Assert.Equal(EventOrderViolation.AfterFinalOutcome, plan[2].Violation);
    }

    [Fact]
    public void An_event_older_than_the_reports_last_one_does_not_fit()
    {
        var plan = EventBatch.Plan([new OutcomeEventFact(Held, May10)], [new OutcomeEventFact(ArrivedAtCustoms, May10.AddDays(-3))]);

        Assert.Equal(EventOrderViolation.EarlierThanLastEvent, Assert.Single(plan).Violation);
    }
}
