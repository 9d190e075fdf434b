using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>The /check trend: the last three months' return rate against the three before, beyond chance (z-test at 95%).</summary>
public sealed class ReturnTrendsTests
{
    private static readonly DateOnly May = new(2017, 5, 1);

    private static (DateOnly, int, int) Month(int year, int month, int decided, int passed) => (new DateOnly(year, month, 1), decided, passed);

    [Fact]
    public void Returns_that_jump_after_the_register_entry_are_rising()
    {
        // Dec–Feb: 40 of 40 passed; Mar–May: 20 of 60 passed.
        var months = new[] { Month(2016, 12, 10, 10), Month(2017, 1, 15, 15), Month(2017, 2, 15, 15), Month(2017, 3, 20, 5), Month(2017, 4, 20, 5), Month(2017, 5, 20, 10) };
        Assert.Equal(ReturnTrend.Rising, ReturnTrends.Of(months, May));
    }

    [Fact]
    public void Returns_that_ease_are_falling() =>
        Assert.Equal(ReturnTrend.Falling, ReturnTrends.Of([Month(2017, 1, 50, 10), Month(2017, 4, 50, 40)], new DateOnly(2017, 6, 30)));

    [Fact]
    public void A_difference_within_chance_is_steady() =>
        Assert.Equal(ReturnTrend.Steady, ReturnTrends.Of([Month(2017, 1, 10, 7), Month(2017, 4, 10, 6)], May));

    [Fact]
    public void The_same_rate_in_both_windows_is_steady_even_when_all_passed() =>
        Assert.Equal(ReturnTrend.Steady, ReturnTrends.Of([Month(2017, 2, 30, 30), Month(2017, 5, 30, 30)], May));

    [Theory]
    [InlineData(9, 30)]
    [InlineData(30, 9)]
    [InlineData(0, 100)]
    public void Fewer_than_ten_decided_in_either_window_is_too_few(int earlier, int recent) =>
        Assert.Equal(ReturnTrend.TooFew, ReturnTrends.Of([Month(2017, 1, earlier, 0), Month(2017, 4, recent, recent)], May));

    [Fact]
    public void Months_outside_the_two_windows_do_not_count()
    {
        // November 2016 is before the earlier window (Dec–Feb), June after the recent one (Mar–May).
        var months = new[] { Month(2016, 11, 100, 0), Month(2017, 2, 20, 18), Month(2017, 3, 20, 18), Month(2017, 6, 100, 0) };
        Assert.Equal(ReturnTrend.Steady, ReturnTrends.Of(months, May));
    }

    [Fact]
    public void The_window_ends_with_the_month_of_any_day_given() =>
        Assert.Equal(ReturnTrends.Of([Month(2017, 2, 20, 20), Month(2017, 5, 20, 2)], May),
            ReturnTrends.Of([Month(2017, 2, 20, 20), Month(2017, 5, 20, 2)], new DateOnly(2017, 5, 31)));
}
