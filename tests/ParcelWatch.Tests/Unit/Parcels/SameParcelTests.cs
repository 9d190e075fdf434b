using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class SameParcelTests
{
    private static readonly DateTime Created = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ParcelReport Report(int id, string tracking, Shop shop, string? order) => new()
    {
        Id = id,
        ReporterId = "buyer",
        TrackingNumber = tracking,
        Shop = shop,
        OrderNumber = order,
        DeclarationText = "cell phone",
    };

    private static SameParcelRow Row(int id, string tracking, Shop shop, string? order) =>
        new(id, tracking, shop, order, "orenburg", Created);

    [Fact]
    public void Same_tracking_number_matches_whatever_the_order()
    {
        var candidate = Assert.Single(SameParcel.CandidatesFor(Report(9, "RB123456785GB", Shop.AliExpress, null),
            [Row(3, "RB123456785GB", Shop.GearBest, "other")]));

        Assert.Equal(new DuplicateCandidate(3, "sameTrackingNumber", "RB123456785GB", "orenburg", Created), candidate);
    }

    [Fact]
    public void Same_order_number_matches_only_in_the_same_shop()
    {
        var report = Report(9, "LP00000000000001", Shop.AliExpress, "8001");

        var candidates = SameParcel.CandidatesFor(report,
            [Row(1, "LP00000000000002", Shop.GearBest, "8001"), Row(2, "LP00000000000003", Shop.AliExpress, "8001")]);

        Assert.Equal([(2, "sameShopOrder")], candidates.Select(c => (c.Id, c.Reason)));
    }

    [Fact]
    public void A_report_without_an_order_number_never_matches_on_a_missing_one()
    {
        var report = Report(9, "LP00000000000001", Shop.AliExpress, null);

        Assert.Empty(SameParcel.CandidatesFor(report, [Row(1, "LP00000000000002", Shop.AliExpress, null)]));
    }

    [Fact]
    public void The_report_itself_is_left_out_and_the_oldest_ten_are_kept_in_order()
    {
        var report = Report(5, "RB123456785GB", Shop.AliExpress, null);
        var rows = Enumerable.Range(1, 15).Reverse().Select(id => Row(id, "RB123456785GB", Shop.AliExpress, null)).ToList();

        var candidates = SameParcel.CandidatesFor(report, rows);

        Assert.Equal([1, 2, 3, 4, 6, 7, 8, 9, 10, 11], candidates.Select(c => c.Id));
    }
}
