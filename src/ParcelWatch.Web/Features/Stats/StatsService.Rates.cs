using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>The wording classes per point and a point's pass rate over time (issue 20), from the same cells.</summary>
public sealed partial class StatsService
{
    /// <summary>Reports per point and wording class (of the point <paramref name="pointCode"/> alone when set), by point then class.</summary>
    public async Task<IReadOnlyList<WordingClassStats>> WordingClassesAsync(
        string? pointCode, StatsFilter filter, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"wording-classes/{pointCode}?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyList<WordingClassStats>>(ComputeWordingClassesAsync(pointCode, filter, ct)), cancellationToken);

    /// <summary>A point's pass rate per week or month of shipping with its Wilson interval; null for an unknown point.</summary>
    public async Task<IReadOnlyList<RatePoint>?> RateTimelineAsync(
        string code, TimelineBucket bucket, StatsFilter filter, CancellationToken cancellationToken) =>
        await TimelineAsync(code, bucket, filter, cancellationToken) is { } timeline
            ? timeline.Select(period =>
            {
                var tally = OutcomeTally.Of(period.Passed, period.Returned, period.Seized, period.Pending);
                return new RatePoint(period.PeriodStart, tally.Decided, period.Passed, tally.PassRate, tally.PassRateLow, tally.PassRateHigh);
            }).ToList()
            : null;

    private async Task<IReadOnlyList<WordingClassStats>> ComputeWordingClassesAsync(
        string? pointCode, StatsFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (codes, rows) = await DeclarationCellsAsync(db, pointCode, filter, cancellationToken);

        var counts = await rows
            .Where(r => r.WordingClass >= 0)
            .GroupBy(r => new { r.PointId, r.WordingClass, r.Outcome })
            .Select(g => new { g.Key.PointId, g.Key.WordingClass, Outcome = (Outcome)g.Key.Outcome, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        return counts
            .Where(r => r.Count != 0)
            .GroupBy(r => (Code: codes[r.PointId], Class: (WordingClass)r.WordingClass))
            .Select(g => new WordingClassStats(g.Key.Code, g.Key.Class, OutcomeTally.Of(g, r => r.Outcome, r => r.Count)))
            .OrderBy(s => s.PointCode, StringComparer.Ordinal).ThenBy(s => s.WordingClass)
            .ToList();
    }
}
