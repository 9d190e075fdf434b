using System.Globalization;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>How statistics read: rates with their interval, point names in the reader's language.</summary>
public sealed class StatsText(IStringLocalizer<SharedResource> localizer)
{
    public static bool Russian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    public static string PointName(PointStats point) => Russian ? point.NameRu : point.NameEn;

    /// <summary>The name without its parenthesised note ("Moscow Vnukovo MMPO"), for charts on narrow screens.</summary>
    public static string ShortPointName(PointStats point) => ShortName(PointName(point));

    /// <summary>A point's name without its parenthesised note.</summary>
    public static string ShortName(string name)
    {
        var note = name.IndexOf(" (", StringComparison.Ordinal);
        return note > 0 ? name[..note] : name;
    }

    /// <summary>"75%", or in Russian "75 %" with a space that never breaks, so that a narrow card never ends a line
    /// with the number and starts the next with the sign.</summary>
    public static string Percent(double? value) =>
        value is { } v ? v.ToString("P0", CultureInfo.CurrentCulture).Replace(' ', '\u00A0') : "—";

    /// <summary>"75% (30–95%)" or "too few reports" below the threshold.</summary>
    public string Rate(double? rate, double? low, double? high, int decided) =>
        decided < PointStats.MinimumDecided
            ? localizer["too few reports ({0} decided)", decided]
            : $"{Percent(rate)} ({Percent(low)}–{Percent(high)})";

    /// <summary>A wording class as a choice and a row title: "a phone (phone, smartphone, телефон…)".</summary>
    public string ClassName(WordingClass wordingClass) => wordingClass switch
    {
        WordingClass.Phone => localizer["a phone (phone, smartphone, телефон…)"],
        WordingClass.Brand => localizer["a brand, no phone"],
        _ => localizer["something else (gift, case, bracelet…)"],
    };

    /// <summary>A band of the declared value (ADR-022) as a choice and in a sentence: "$20 to $50".</summary>
    public string ValueBand(ValueBand band) => band switch
    {
        Data.Entities.ValueBand.Under20 => localizer["under $20"],
        Data.Entities.ValueBand.From20To50 => localizer["$20 to $50"],
        Data.Entities.ValueBand.From50To100 => localizer["$50 to $100"],
        Data.Entities.ValueBand.From100To200 => localizer["$100 to $200"],
        _ => localizer["$200 and more"],
    };

    public string Days(int? median, int? percentile90) =>
        median is null ? "—" : localizer["{0} (90%: {1})", median, percentile90 ?? median];
}
