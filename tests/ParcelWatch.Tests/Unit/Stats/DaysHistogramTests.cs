using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Unit.Stats;

public sealed class DaysHistogramTests
{
    [Fact]
    public void Empty_has_no_percentiles()
    {
        var histogram = new DaysHistogram();

        Assert.Null(histogram.Median);
        Assert.Null(histogram.Percentile90);
    }

    [Fact]
    public void Nearest_rank_percentiles_of_one_to_ten()
    {
        var histogram = new DaysHistogram();
        for (var day = 1; day <= 10; day++)
        {
            histogram.Add(day, 1);
        }

        Assert.Equal(5, histogram.Median);
        Assert.Equal(9, histogram.Percentile90);
        Assert.Equal(10, histogram.Percentile(100));
        Assert.Equal(1, histogram.Percentile(1));
    }

    [Fact]
    public void Counts_weigh_the_days_and_repeated_adds_accumulate()
    {
        var histogram = new DaysHistogram();
        histogram.Add(1, 80);
        histogram.Add(30, 15);
        histogram.Add(30, 5);

        Assert.Equal(100, histogram.Total);
        Assert.Equal(1, histogram.Median);
        Assert.Equal(30, histogram.Percentile90);
    }
}
