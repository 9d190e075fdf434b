using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Web.Features.Check;

/// <summary>The plain sentences of the /check answer for one point, in the reader's language, naming what was asked.</summary>
public sealed class CheckSentences(IStringLocalizer<SharedResource> localizer, StatsText text)
{
    /// <summary>
    /// "At Orenburg, 32 of 98 decided reports of Xiaomi phones declared as a phone were returned or seized (33%, 95%
    /// interval 24–42%)", or that there are too few to tell below <see cref="PointStats.MinimumDecided"/> decided reports.
    /// </summary>
    public string Sentence(PointStats point, StatsFilter question)
    {
        var name = StatsText.PointName(point);
        var what = What(question);
        if (!point.HasEnoughData)
        {
            return localizer["At {0}, only {1} decided reports of {2}: too few to tell.", name, point.Decided, what];
        }

        var notPassed = point.Decided - point.Passed;
        return localizer["At {0}, {1} of {2} decided reports of {3} were returned or seized ({4}, 95% interval {5}–{6}).",
            name, notPassed, point.Decided, what, StatsText.Percent(1 - point.PassRate), StatsText.Percent(1 - point.PassRateHigh), StatsText.Percent(1 - point.PassRateLow)];
    }

    public string Trend(ReturnTrend trend) => trend switch
    {
        ReturnTrend.Rising => localizer["returns rising"],
        ReturnTrend.Falling => localizer["returns falling"],
        ReturnTrend.Steady => localizer["returns steady"],
        _ => localizer["too few for a trend"],
    };

    /// <summary>"Xiaomi phones declared as a phone", "parcels declared as “gift”", "parcels like these".</summary>
    private string What(StatsFilter question)
    {
        string goods = (question.Brand, question.Category) switch
        {
            ({ } brand, { } category) => localizer["{0} {1}", brand, Goods(category)], // the order of the words is the language's
            ({ } brand, null) => localizer["{0} parcels", brand],
            (null, { } category) => Goods(category),
            _ => localizer["parcels"],
        };
        var declared = question.WordingClass is { } wordingClass ? DeclaredAs(wordingClass)
            : question.Wording is { } wording ? $"«{wording}»" : null;
        var what = declared is null ? goods : localizer["{0} declared as {1}", goods, declared].Value;
        return question.ValueBand is { } band ? localizer["{0}, valued {1}", what, text.ValueBand(band)] : what;
    }

    private string DeclaredAs(WordingClass wordingClass) => wordingClass switch
    {
        WordingClass.Phone => localizer["a phone"],
        WordingClass.Brand => localizer["a brand without a phone"],
        _ => localizer["something else"],
    };

    /// <summary>The goods of a category in the plural, as the sentence's object ("phones"; Russian: prepositional).</summary>
    private string Goods(ProductCategory category) => category switch
    {
        ProductCategory.Phone => localizer["phones"],
        ProductCategory.Tablet => localizer["tablets"],
        ProductCategory.Laptop => localizer["laptops"],
        ProductCategory.Console => localizer["game consoles"],
        ProductCategory.Wearable => localizer["wearables"],
        ProductCategory.Accessory => localizer["accessories"],
        ProductCategory.Unknown => localizer["goods of unknown category"],
        _ => localizer["goods of other kinds"],
    };
}
