using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

public sealed class PercentTextTests
{
    [Theory]
    [InlineData("en", 0.754, "75%")]
    [InlineData("ru", 0.754, "75\u00A0%")] // Russian puts a space before the sign: one that does not break
    [InlineData("ru", null, "—")]
    public void A_rate_is_a_whole_percent_that_stays_on_one_line(string culture, double? rate, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, StatsText.Percent(rate));
    }
}
