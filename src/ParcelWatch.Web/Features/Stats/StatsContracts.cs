using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Shared;

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

/// <summary>One way of wording the declaration (normalized), at one point.</summary>
public sealed record DeclarationStats(
    string Wording,
    string PointCode,
    int Reports,
    int Passed,
    int Returned,
    int Seized,
    int Pending,
    double? PassRate,
    double? PassRateLow,
    double? PassRateHigh);

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
public sealed record WordingClassStats(
    string PointCode,
    WordingClass WordingClass,
    int Reports,
    int Passed,
    int Returned,
    int Seized,
    int Pending,
    double? PassRate,
    double? PassRateLow,
    double? PassRateHigh);

/// <summary>A week or month of a point's pass rate: decided reports shipped in it, passed among them, the Wilson 95% interval.</summary>
public sealed record RatePoint(DateOnly PeriodStart, int Decided, int Passed, double? PassRate, double? PassRateLow, double? PassRateHigh);
