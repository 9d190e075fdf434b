using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;

namespace ParcelWatch.Tests.Unit.Moderation;

public sealed class TrackingNumberWindowTests
{
    private static CandidateFacts Report(int id, string tracking, int day, string model = "Redmi 4X") =>
        new(id, tracking, Shop.AliExpress, null, 3, "Xiaomi", model, new DateOnly(2017, 4, day), "cell phone", 150m, "USD");

    [Fact]
    public void Numbers_with_up_to_three_wrong_characters_are_neighbours_and_others_are_not()
    {
        var window = new TrackingNumberWindow();
        window.Add(Report(1, "LP00123456789012", 1));
        window.Add(Report(2, "LP00987654321098", 1));

        var neighbours = window.Neighbours(Report(3, "LP00123956789312", 2)).Select(r => r.Id);

        Assert.Equal([1], neighbours);
    }

    [Fact]
    public void Reports_leave_the_window_after_the_shipping_days_or_when_the_block_changes()
    {
        var window = new TrackingNumberWindow();
        window.Add(Report(1, "LP00123456789012", 1));

        var later = Report(2, "LP00123456789013", 1 + DuplicateScore.MaximumDaysApart);
        window.Advance(later);
        Assert.Single(window.Neighbours(later));

        var tooLate = Report(3, "LP00123456789013", 2 + DuplicateScore.MaximumDaysApart);
        window.Advance(tooLate);
        Assert.Empty(window.Neighbours(tooLate));

        window.Add(tooLate);
        var otherModel = Report(4, "LP00123456789013", 2 + DuplicateScore.MaximumDaysApart, "Mi 6");
        window.Advance(otherModel);
        Assert.Empty(window.Neighbours(otherModel));
    }
}
