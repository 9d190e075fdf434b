using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Cli.Demo;

namespace ParcelWatch.Tests.Unit.Demo;

/// <summary>
/// The generated data has the shape demo-scenario.md asks for (shape, not truth: the data is synthetic),
/// measured on 20,000 reports of the default seed.
/// </summary>
public sealed class DemoScenarioShapeTests
{
    [Theory]
    [InlineData("Xiaomi", 0.45)]
    [InlineData("Meizu", 0.12)]
    [InlineData("Sony", 0.04)]
    public void Brand_shares_are_as_planned(string brand, double share) =>
        Assert.InRange(DemoSample.ShareOf(r => r.Brand == brand), share - 0.03, share + 0.03);

    [Theory]
    [InlineData("vnukovo", 0.38)]
    [InlineData("yekaterinburg-koltsovo", 0.15)]
    [InlineData("orenburg", 0.13)]
    [InlineData("domodedovo", 0.02)]
    public void Point_shares_are_as_planned(string code, double share) =>
        Assert.InRange(DemoSample.ShareOf(r => r.CustomsPointCode == code), share - 0.03, share + 0.03);

    [Theory]
    [InlineData(Shop.AliExpress, 0.75)]
    [InlineData(Shop.GearBest, 0.20)]
    public void Shop_shares_are_as_planned(Shop shop, double share) =>
        Assert.InRange(DemoSample.ShareOf(r => r.Shop == shop), share - 0.03, share + 0.03);

    [Theory]
    [InlineData(ProductCategory.Phone, 0.55)]
    [InlineData(ProductCategory.Accessory, 0.24)]
    [InlineData(ProductCategory.Wearable, 0.10)]
    public void Category_shares_are_as_planned(ProductCategory category, double share) =>
        Assert.InRange(DemoSample.ShareOf(r => r.Category == category), share - 0.03, share + 0.03);

    [Theory]
    [InlineData("CN", 0.45)]
    [InlineData("SG", 0.14)]
    public void Carrier_shares_are_as_planned(string code, double share) =>
        Assert.InRange(DemoSample.ShareOf(r => r.TrackingNumber.EndsWith(code, StringComparison.Ordinal)), share - 0.03, share + 0.03);

    [Fact]
    public void Singapore_post_goes_mostly_to_Vnukovo()
    {
        var singapore = DemoSample.Parcels.Where(r => r.CarrierCode == "SG").ToList();

        Assert.InRange((double)singapore.Count(r => r.CustomsPointCode == "vnukovo") / singapore.Count, 0.70, 0.80);
    }

    [Fact]
    public void About_ten_percent_stay_pending_and_under_half_a_percent_are_seized()
    {
        Assert.InRange(DemoSample.ShareOf(r => r.Outcome == Outcome.Pending), 0.08, 0.12);
        Assert.InRange(DemoSample.ShareOf(r => r.Outcome == Outcome.Seized), 0.0005, 0.005);
    }

    [Fact]
    public void Orenburg_returns_most_Xiaomi_phones_declared_as_phones_in_April() => // planned 0.85 ±0.05 a week
        Assert.InRange(DemoSample.ReturnRate(DemoSample.XiaomiPhones("orenburg", 4, DemoWordingStyle.PhoneLike)), 0.75, 0.95);

    [Fact]
    public void Wording_changes_a_lot_at_the_strict_points_in_April()
    {
        var phoneLike = StrictPointsInApril(DemoWordingStyle.PhoneLike);
        var generic = StrictPointsInApril(DemoWordingStyle.GenericGoods);

        Assert.True(generic < phoneLike / 3, $"phone-like {phoneLike:F2}, generic {generic:F2}");
    }

    [Fact]
    public void Yekaterinburg_releases_May_arrivals()
    {
        var april = DemoSample.ReturnRate(DemoSample.XiaomiPhones("yekaterinburg-koltsovo", 4, DemoWordingStyle.PhoneLike));
        var may = DemoSample.ReturnRate(DemoSample.XiaomiPhones("yekaterinburg-koltsovo", 5, DemoWordingStyle.PhoneLike));

        Assert.True(may <= april - 0.3, $"April {april:F2}, May {may:F2}");
    }

    [Theory]
    [InlineData("vnukovo")]
    [InlineData("sheremetyevo")]
    public void Moscow_points_pass_Xiaomi_phones_in_every_month(string code)
    {
        foreach (var month in new[] { 3, 4, 5, 6, 7 })
        {
            var phones = DemoSample.Parcels.Where(r => r.Brand == DemoScenario.Xiaomi && r.Category == ProductCategory.Phone
                && r.CustomsPointCode == code && r.ArrivedOn.Month == month);
            Assert.True(DemoSample.ReturnRate(phones) < 0.10, $"{code} in month {month}");
        }
    }

    [Fact]
    public void GearBest_sells_no_Xiaomi_item_above_50_dollars_after_5_May() =>
        Assert.DoesNotContain(DemoSample.Reports, r => r.Shop == Shop.GearBest && r.Brand == DemoScenario.Xiaomi
            && r.ShippedOn > DemoScenario.GearBestXiaomiStop
            && DemoProductCatalog.Products.Probabilities.Single(p => p.Item.Model == r.Model).Item.PriceUsd > 50);

    [Fact]
    public void The_Mi6_ships_only_from_late_April() =>
        Assert.DoesNotContain(DemoSample.Reports, r => r.Model == "Mi6" && r.ShippedOn < DemoProductCatalog.Mi6ShippedFrom);

    [Fact]
    public void Returns_at_Orenburg_take_about_25_days_and_releases_at_Moscow_about_one()
    {
        var orenburg = DaysHeld(r => r.CustomsPointCode == "orenburg" && r.Outcome == Outcome.Returned);
        var moscow = DaysHeld(r => r.CustomsPointCode is "vnukovo" or "sheremetyevo" && r.Outcome == Outcome.Passed);

        Assert.InRange(Percentile(orenburg, 0.5), 22, 28);
        Assert.InRange(Percentile(orenburg, 0.9), 40, 50);
        Assert.InRange(Percentile(moscow, 0.5), 0, 2);
        Assert.InRange(Percentile(moscow, 0.9), 3, 5);
    }

    [Fact]
    public void Some_April_arrivals_at_the_strict_points_are_still_held_at_the_end_of_May()
    {
        var endOfMay = new DateOnly(2017, 5, 31);
        var stillHeld = DemoReportGenerator.Generate(DemoScenario.DefaultReportCount, DemoScenario.DefaultSeed)
            .Count(r => r.CustomsPointCode is "orenburg" or "yekaterinburg-koltsovo" && r.ArrivedOn.Month == 4
                && !(r.DecidedOn <= endOfMay));

        Assert.InRange(stillHeld, 30, 55); // "about 40" in the default 3,000 reports
    }

    private static double StrictPointsInApril(DemoWordingStyle wording) => DemoSample.ReturnRate(
        DemoSample.XiaomiPhones("orenburg", 4, wording).Concat(DemoSample.XiaomiPhones("yekaterinburg-koltsovo", 4, wording)));

    private static List<int> DaysHeld(Func<DemoReport, bool> predicate) =>
        DemoSample.Parcels.Where(predicate).Select(r => r.DaysHeld!.Value).Order().ToList();

    private static int Percentile(List<int> sorted, double p) => sorted[(int)(p * (sorted.Count - 1))];
}
