using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Features.Check;

/// <summary>The plain sentence of the /check answer for one point, in the reader's language.</summary>
public sealed class CheckSentences(IStringLocalizer<SharedResource> localizer)
{
    public string ClassName(WordingClass wordingClass) => wordingClass switch
    {
        WordingClass.Phone => localizer["a phone (phone, smartphone, телефон…)"],
        WordingClass.Brand => localizer["a brand, no phone"],
        _ => localizer["something else (gift, case, bracelet…)"],
    };

    /// <summary>
    /// "At Orenburg, 32 of 98 decided reports like these were returned or seized (33%, 95% interval 24–42%)", or that
    /// there are too few to tell below <see cref="PointStats.MinimumDecided"/> decided reports.
    /// </summary>
    public string Sentence(PointStats point)
    {
        var name = StatsText.PointName(point);
        if (!point.HasEnoughData)
        {
            return localizer["At {0}, only {1} decided reports like these: too few to tell.", name, point.Decided];
        }

        var notPassed = point.Decided - point.Passed;
        return localizer["At {0}, {1} of {2} decided reports like these were returned or seized ({3}, 95% interval {4}–{5}).",
            name, notPassed, point.Decided, StatsText.Percent(1 - point.PassRate), StatsText.Percent(1 - point.PassRateHigh), StatsText.Percent(1 - point.PassRateLow)];
    }
}
