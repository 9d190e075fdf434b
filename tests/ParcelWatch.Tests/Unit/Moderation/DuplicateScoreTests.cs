using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;

namespace ParcelWatch.Tests.Unit.Moderation;

public sealed class DuplicateScoreTests
{
    private static readonly CandidateFacts Original = new(
        1, "LP00123456789012", Shop.AliExpress, "8001", 3, "Xiaomi", "Redmi 4X", new DateOnly(2017, 4, 3), "cell phone", 150m, "USD");

    [Fact]
    public void Same_tracking_number_or_shop_order_is_certain()
    {
        var sameTracking = DuplicateScore.Score(Original, Original with { Id = 2, OrderNumber = null, CustomsPointId = 9 });
        var sameOrder = DuplicateScore.Score(Original, Original with { Id = 2, TrackingNumber = "RB123456785GB" });

        Assert.Equal(1.0, sameTracking!.Score);
        Assert.Equal([DuplicateScore.SameTrackingNumber], sameTracking.Reasons);
        Assert.True(sameOrder!.IsCertain);
        Assert.Equal([DuplicateScore.SameShopOrder], sameOrder.Reasons);
    }

    [Fact]
    public void A_mistyped_tracking_number_of_the_same_point_brand_and_model_is_a_fuzzy_candidate()
    {
        var typo = Original with { Id = 2, TrackingNumber = "LP00123456789013", OrderNumber = null, Brand = "XIAOMI", ShippedOn = new DateOnly(2017, 4, 5) };

        var score = DuplicateScore.Score(Original, typo);

        Assert.NotNull(score);
        Assert.InRange(score.Score, DuplicateScore.Threshold, 0.999);
        Assert.Contains(DuplicateScore.SimilarTrackingNumber, score.Reasons);
        Assert.Contains(DuplicateScore.SameDeclaredValue, score.Reasons);
    }

    [Theory]
    [InlineData("LP00987654321098", 3, "Redmi 4X", 4)] // another parcel that agrees on everything else
    [InlineData("LP00123456789013", 4, "Redmi 4X", 4)] // other customs point
    [InlineData("LP00123456789013", 3, "Redmi Note 4", 4)] // other model
    [InlineData("LP00123456789013", 3, "Redmi 4X", 7)] // shipped four days later
    public void Near_misses_are_not_candidates(string tracking, int point, string model, int shippedDay)
    {
        var other = Original with { Id = 2, TrackingNumber = tracking, OrderNumber = null, CustomsPointId = point, Model = model, ShippedOn = new DateOnly(2017, 4, shippedDay) };

        Assert.Null(DuplicateScore.Score(Original, other));
    }
}
