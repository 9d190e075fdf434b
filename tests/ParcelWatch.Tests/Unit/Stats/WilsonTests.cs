using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>Against Newcombe (1998), table I, method 3, and the boundary cases.</summary>
public sealed class WilsonTests
{
    [Theory]
    [InlineData(0, 10, 0.0000, 0.2775)]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(10, 10, 0.7225, 1.0000)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_published_values(int successes, int trials, double low, double high)
    {
        var interval = Wilson.Interval95(successes, trials)!.Value;

        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void No_trials_means_no_interval() => Assert.Null(Wilson.Interval95(0, 0));

    [Fact]
    public void More_successes_than_trials_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval95(3, 2));

    [Fact]
    public void Interval_narrows_as_the_sample_grows()
    {
        var small = Wilson.Interval95(5, 10)!.Value;
        var large = Wilson.Interval95(500, 1000)!.Value;

        Assert.True(large.High - large.Low < (small.High - small.Low) / 5);
    }
}
