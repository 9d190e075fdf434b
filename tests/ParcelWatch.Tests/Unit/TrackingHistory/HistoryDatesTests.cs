using ParcelWatch.Web.Features.TrackingHistory.Domain;

namespace ParcelWatch.Tests.Unit.TrackingHistory;

public sealed class HistoryDatesTests
{
    [Theory]
    [InlineData("14 мая 2017, 19:40", "2017-05-14 19:40")]
    [InlineData("14 мая 2017 г., 19:40", "2017-05-14 19:40")]
    [InlineData("1 ДЕКАБРЯ 2017 в 7:05", "2017-12-01 07:05")]
    [InlineData("14.05.2017 19:40", "2017-05-14 19:40")]
    [InlineData("14.05.2017", "2017-05-14 00:00")]
    [InlineData("May 14, 2017, 7:40 PM", "2017-05-14 19:40")]
    [InlineData("May 14, 2017, 12:10 AM", "2017-05-14 00:10")]
    [InlineData("14 May 2017 19:40", "2017-05-14 19:40")]
    [InlineData("2017-05-14", "2017-05-14 00:00")]
    [InlineData("2017-05-14T19:40:12", "2017-05-14 19:40")]
    [InlineData("2017-05-14 19:40:12", "2017-05-14 19:40")]
    public void Reads_the_formats_tracking_pages_show(string text, string expected)
    {
        var found = HistoryDates.Find(text);

        Assert.NotNull(found);
        Assert.Equal(expected, found.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("31.02.2017")]
    [InlineData("2017-13-01")]
    [InlineData("14 штук 2017")]
    [InlineData("Вес: 0.35 кг")]
    [InlineData("101000, Москва")]
    public void Something_that_is_not_a_real_date_is_not_one(string text) => Assert.Null(HistoryDates.Find(text));
}
