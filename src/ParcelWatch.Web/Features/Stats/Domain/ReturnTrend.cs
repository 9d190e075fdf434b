namespace ParcelWatch.Web.Features.Stats.Domain;

/// <summary>Whether returns (returned or seized among decided reports) rose or fell at a point lately.</summary>
public enum ReturnTrend
{
    /// <summary>Fewer than <see cref="ReturnTrends.MinimumDecided"/> decided reports in either window.</summary>
    TooFew,

    /// <summary>The return rate of the recent window is higher than the earlier one's, beyond chance.</summary>
    Rising,

    /// <summary>The return rate of the recent window is lower than the earlier one's, beyond chance.</summary>
    Falling,

    /// <summary>Enough reports, and no difference beyond chance.</summary>
    Steady,
}

/// <summary>
/// The trend rule of /check: the return rate of the last <see cref="WindowMonths"/> calendar months (ending with
/// <c>lastMonth</c>) against the <see cref="WindowMonths"/> months before. Each window needs at least
/// <see cref="MinimumDecided"/> decided reports (else <see cref="ReturnTrend.TooFew"/>); the difference counts when a
/// two-proportion z-test (pooled) reaches 95% (|z| ≥ 1.96), so that 3 of 10 against 4 of 10 stays steady.
/// </summary>
public static class ReturnTrends
{
    public const int WindowMonths = 3;

    public const int MinimumDecided = 10;

    /// <param name="months">Decided and passed reports per month (any order; months outside both windows are ignored).</param>
    /// <param name="lastMonth">Any day of the last month of the recent window.</param>
    public static ReturnTrend Of(IEnumerable<(DateOnly Month, int Decided, int Passed)> months, DateOnly lastMonth)
    {
        var end = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        var recentStart = end.AddMonths(1 - WindowMonths);
        var earlierStart = recentStart.AddMonths(-WindowMonths);
        long recentDecided = 0, recentReturned = 0, earlierDecided = 0, earlierReturned = 0;
        foreach (var (month, decided, passed) in months)
        {
            if (month >= recentStart && month <= end)
            {
                (recentDecided, recentReturned) = (recentDecided + decided, recentReturned + decided - passed);
            }
            else if (month >= earlierStart && month < recentStart)
            {
                (earlierDecided, earlierReturned) = (earlierDecided + decided, earlierReturned + decided - passed);
            }
        }

        if (recentDecided < MinimumDecided || earlierDecided < MinimumDecided)
        {
            return ReturnTrend.TooFew;
        }

        double recent = (double)recentReturned / recentDecided, earlier = (double)earlierReturned / earlierDecided;
        var pooled = (double)(recentReturned + earlierReturned) / (recentDecided + earlierDecided);
        var error = Math.Sqrt(pooled * (1 - pooled) * (1.0 / recentDecided + 1.0 / earlierDecided));
        if (error == 0)
        {
            return ReturnTrend.Steady; // all returned, or none, in both windows
        }

        var z = (recent - earlier) / error;
        return z >= Wilson.Z95 ? ReturnTrend.Rising : z <= -Wilson.Z95 ? ReturnTrend.Falling : ReturnTrend.Steady;
    }
}
