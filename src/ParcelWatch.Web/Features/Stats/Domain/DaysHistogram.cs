namespace ParcelWatch.Web.Features.Stats.Domain;

/// <summary>
/// Days held as counts per whole day, as the database groups them (a few hundred rows for a million reports),
/// with percentiles read off it by the nearest-rank method: the p-th percentile is the smallest value with at
/// least p% of the observations at or below it.
/// </summary>
public sealed class DaysHistogram
{
    private readonly SortedDictionary<int, int> _counts = [];

    public int Total { get; private set; }

    public void Add(int days, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _counts[days] = _counts.GetValueOrDefault(days) + count;
        Total += count;
    }

    public int? Median => Percentile(50);

    public int? Percentile90 => Percentile(90);

    public int? Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (Total == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(percent / 100 * Total);
        long seen = 0;
        foreach (var (days, count) in _counts)
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        return _counts.Keys.Last();
    }
}
