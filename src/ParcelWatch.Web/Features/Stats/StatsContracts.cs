using System.Text.Json.Serialization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// One customs point's numbers. The pass rate is over decided reports (passed + returned + seized; pending
/// ones are not decided yet), with its Wilson 95% interval; null when nothing is decided.
/// </summary>
public sealed record PointStats(
    string Code,
    string NameRu,
    string NameEn,
    int Reports,
    int Passed,
    int Returned,
    int Seized,
    int Pending,
    double? PassRate,
    double? PassRateLow,
    double? PassRateHigh,
    int? MedianDaysHeld,
    int? Percentile90DaysHeld)
{
    public int Decided => Passed + Returned + Seized;

    /// <summary>Below this many decided reports a rate is shown as "too few reports": its interval is wider than ±30 points.</summary>
    public const int MinimumDecided = 10;

    public bool HasEnoughData => Decided >= MinimumDecided;
}

/// <summary>One week or month of a point's reports, by shipping date.</summary>
public sealed record TimelinePoint(DateOnly PeriodStart, int Passed, int Returned, int Seized, int Pending);

/// <summary>
/// Reports by outcome and the pass rate over the decided ones (passed + returned + seized) with its Wilson 95% interval;
/// null when nothing is decided. The shared fields of the statistics rows below (their names are the API's).
/// </summary>
public record OutcomeTally(int Reports, int Passed, int Returned, int Seized, int Pending, double? PassRate, double? PassRateLow, double? PassRateHigh)
{
    [JsonIgnore]
    public int Decided => Passed + Returned + Seized;

    [JsonIgnore]
    public bool HasEnoughData => Decided >= PointStats.MinimumDecided;

    /// <summary>The tally of counted rows, each an outcome and a count of reports.</summary>
    public static OutcomeTally Of<T>(IEnumerable<T> rows, Func<T, Outcome> outcome, Func<T, int> count)
    {
        var byOutcome = new int[Enum.GetValues<Outcome>().Length];
        foreach (var row in rows)
        {
            byOutcome[(int)outcome(row)] += count(row);
        }

        return Of(byOutcome[(int)Outcome.Passed], byOutcome[(int)Outcome.Returned], byOutcome[(int)Outcome.Seized], byOutcome[(int)Outcome.Pending]);
    }

    public static OutcomeTally Of(int passed, int returned, int seized, int pending)
    {
        var decided = passed + returned + seized;
        return Wilson.Interval95(passed, decided) is { } interval
            ? new(decided + pending, passed, returned, seized, pending, (double)passed / decided, interval.Low, interval.High)
            : new(decided + pending, passed, returned, seized, pending, null, null, null);
    }
}

/// <summary>One way of wording the declaration (normalized), at one point.</summary>
public sealed record DeclarationStats : OutcomeTally
{
    public DeclarationStats(string wording, string pointCode, OutcomeTally tally)
        : base(tally) => (Wording, PointCode) = (wording, pointCode);

    public string Wording { get; }

    public string PointCode { get; }
}

/// <summary>One brand (as most reporters spell it) at one point.</summary>
public sealed record BrandStats : OutcomeTally
{
    public BrandStats(string brand, OutcomeTally tally)
        : base(tally) => Brand = brand;

    public string Brand { get; }
}

/// <summary>Timeline granularity.</summary>
public enum TimelineBucket
{
    Week,
    Month,
}

public static class TimelineBuckets
{
    /// <summary>The <c>bucket</c> query parameter: <paramref name="fallback"/> when absent, an error on it when unknown.</summary>
    public static TimelineBucket Parse(string? bucket, TimelineBucket fallback, FieldErrors errors)
    {
        if (bucket is null)
        {
            return fallback;
        }

        if (Enum.TryParse(bucket, ignoreCase: true, out TimelineBucket parsed))
        {
            return parsed;
        }

        errors.Add("bucket", "Use week or month.");
        return fallback;
    }
}

/// <summary>The reports of one wording class (phone, brand, other) at one point.</summary>
public sealed record WordingClassStats : OutcomeTally
{
    public WordingClassStats(string pointCode, WordingClass wordingClass, OutcomeTally tally)
        : base(tally) => (PointCode, WordingClass) = (pointCode, wordingClass);

    public string PointCode { get; }

    public WordingClass WordingClass { get; }
}

/// <summary>A week or month of a point's pass rate: decided reports shipped in it, passed among them, the Wilson 95% interval.</summary>
public sealed record RatePoint(DateOnly PeriodStart, int Decided, int Passed, double? PassRate, double? PassRateLow, double? PassRateHigh);
