using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Cli.Demo;
using ParcelWatch.Web.Features.Demo;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Unit.Demo;

/// <summary>The generator is deterministic and every report it makes is one the app would accept and store.</summary>
public sealed class DemoReportGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_reports()
    {
        var first = DemoReportGenerator.Generate(100, 42).Select(Json).ToList();
        var again = DemoReportGenerator.Generate(100, 42).Select(Json).ToList();

        Assert.Equal(first, again);
    }

    [Fact]
    public void Another_seed_gives_other_reports()
    {
        var first = DemoReportGenerator.Generate(100, 42).Select(Json);
        var other = DemoReportGenerator.Generate(100, 43).Select(Json);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_longer_run_starts_with_the_shorter_one()
    {
        var short100 = DemoReportGenerator.Generate(100, 7).Select(Json);
        var long100 = DemoReportGenerator.Generate(1000, 7).Take(100).Select(Json);

        Assert.Equal(short100, long100);
    }

    [Fact]
    public void Every_report_has_its_events_in_an_order_the_rules_accept_and_the_outcome_they_give()
    {
        Assert.All(DemoSample.Reports, report =>
        {
            var facts = report.Events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList();
            for (var i = 0; i < facts.Count; i++)
            {
                Assert.Equal(EventOrderViolation.None, OutcomeRules.Check(facts[..i], facts[i]));
            }

            Assert.Equal(OutcomeRules.Derive(facts), new OutcomeSummary(report.Outcome, report.DaysHeld, report.DecidedOn));
            Assert.Equal(OutcomeEventKind.ArrivedAtCustoms, report.Events[0].Kind);
        });
    }

    [Fact]
    public void Every_tracking_number_is_a_valid_S10_number_of_its_carrier_or_another_format()
    {
        Assert.All(DemoSample.Reports, report =>
        {
            var analysis = TrackingNumbers.Analyze(report.TrackingNumber);
            Assert.Equal(report.TrackingNumber, analysis.Normalized);
            Assert.InRange(report.TrackingNumber.Length, 8, ParcelLimits.TrackingNumber);
            Assert.True(report.TrackingNumber.All(char.IsAsciiLetterOrDigit), report.TrackingNumber);
            if (analysis.Format == TrackingNumberFormat.S10)
            {
                Assert.True(analysis.CheckDigitValid, report.TrackingNumber);
                Assert.NotNull(analysis.Carrier);
                Assert.Equal(analysis.CountryCode, report.CarrierCode);
            }
            else
            {
                Assert.Null(report.CarrierCode);
            }
        });
    }

    [Fact]
    public void About_one_percent_of_the_numbers_are_not_S10()
    {
        var other = DemoSample.ShareOf(r => !S10.IsS10Format(r.TrackingNumber));

        Assert.InRange(other, 0.005, 0.015);
    }

    [Fact]
    public void Tracking_and_order_numbers_of_different_parcels_never_repeat_within_a_run()
    {
        var parcels = DemoSample.Reports.Where(r => !r.IsRepeat).ToList();

        Assert.Equal(parcels.Count, parcels.Select(r => r.TrackingNumber).Distinct().Count());
        Assert.Equal(parcels.Count, parcels.Select(r => r.OrderNumber).Distinct().Count());
    }

    [Fact]
    public void About_four_and_a_half_percent_of_reports_repeat_a_parcel_each_the_way_moderators_find_it()
    {
        Assert.InRange(DemoSample.ShareOf(r => r.IsRepeat, parcelsOnly: false), 0.035, 0.06);
        DemoReport? parcel = null;
        foreach (var report in DemoSample.Reports)
        {
            if (!report.IsRepeat)
            {
                parcel = report;
                continue;
            }

            var sameTracking = report.TrackingNumber == parcel!.TrackingNumber;
            var sameOrder = report.OrderNumber == parcel.OrderNumber;
            var oneDigitOff = report.TrackingNumber.Length == parcel.TrackingNumber.Length
                && report.TrackingNumber.Zip(parcel.TrackingNumber).Count(p => p.First != p.Second) <= 2;
            Assert.True(sameTracking || (sameOrder && oneDigitOff) || (oneDigitOff && report.DeclarationText == parcel.DeclarationText.ToUpperInvariant() + "."), $"{report.TrackingNumber} repeats {parcel.TrackingNumber} in no known way");
            Assert.Equal((parcel.CustomsPointCode, parcel.Brand, parcel.Model, parcel.ShippedOn), (report.CustomsPointCode, report.Brand, report.Model, report.ShippedOn));
            Assert.Equal(parcel.Events.Take(report.Events.Count), report.Events);
            if (S10.IsS10Format(report.TrackingNumber))
            {
                Assert.True(S10.HasValidCheckDigit(report.TrackingNumber), report.TrackingNumber);
            }
        }
    }

    [Fact]
    public void Every_report_is_marked_as_demo_data_and_fits_the_column_limits()
    {
        Assert.All(DemoSample.Reports, report =>
        {
            Assert.StartsWith(DemoData.OrderNumberPrefix, report.OrderNumber, StringComparison.Ordinal);
            Assert.InRange(report.ReporterIndex, 0, DemoData.UserCount - 1);
            Assert.True(report.OrderNumber.Length <= ParcelLimits.OrderNumber);
            Assert.True(report.DeclarationText.Length <= ParcelLimits.DeclarationText);
            Assert.True((report.Brand?.Length ?? 0) <= ParcelLimits.Brand);
            Assert.True(report.Model.Length <= ParcelLimits.Model);
            Assert.InRange(report.DeclaredValue, 1m, 1_000m);
            Assert.True(report.ShippedOn < report.ArrivedOn);
            Assert.True(report.CreatedAt <= report.UpdatedAt);
            Assert.Equal(1 + report.Events.Count, report.Version);
        });
    }

    [Fact]
    public void Demo_user_emails_are_on_the_reserved_domain() =>
        Assert.Equal(
            ["demo-01@demo.parcelwatch.invalid", "demo-50@demo.parcelwatch.invalid"],
            [DemoData.UserEmail(0), DemoData.UserEmail(DemoData.UserCount - 1)]);

    private static string Json(DemoReport report) => JsonSerializer.Serialize(report);
}
