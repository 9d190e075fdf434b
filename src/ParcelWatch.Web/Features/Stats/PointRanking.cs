namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// The orders of <c>/api/v1/stats/points?sort=&amp;order=</c> and of the /check answer. <c>lowerBound</c> ranks by the
/// Wilson lower bound of the pass rate, so that 3 of 3 (lower bound 44%) does not outrank 290 of 300 (94%); points
/// with nothing decided come last whatever the order. Ties keep the catalogue order.
/// </summary>
public static class PointRanking
{
    public const string LowerBound = "lowerBound";

    private static readonly Dictionary<string, Func<PointStats, double?>> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        [LowerBound] = p => p.PassRateLow,
        ["passRate"] = p => p.PassRate,
        ["reports"] = p => p.Reports,
        ["decided"] = p => p.Decided,
    };

    public static IReadOnlyCollection<string> Names => Keys.Keys;

    public static bool IsKnown(string sort) => Keys.ContainsKey(sort);

    /// <summary>The points sorted by <paramref name="sort"/> (one of <see cref="Names"/>).</summary>
    public static IReadOnlyList<PointStats> Sort(IEnumerable<PointStats> points, string sort, bool descending)
    {
        var key = Keys[sort];
        var known = points.Where(p => key(p) is not null);
        var ordered = descending ? known.OrderByDescending(key) : known.OrderBy(key);
        return [.. ordered, .. points.Where(p => key(p) is null)];
    }
}
