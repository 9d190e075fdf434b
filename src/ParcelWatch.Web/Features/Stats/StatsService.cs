using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Per-point statistics, timelines and declaration insight over visible reports, counted from the maintained
/// <c>StatsCells</c> (<see cref="StatsSource"/>): outcome counts and a days-held histogram summed in the database, so
/// the work grows with the number of distinct keys, not of reports. Answers are cached briefly (<see cref="StatsCache"/>)
/// and dropped when reports change.
/// </summary>
public sealed partial class StatsService(IDbContextFactory<ParcelWatchDbContext> dbFactory, StatsCache cache)
{
    public async Task<IReadOnlyList<PointStats>> PointsAsync(StatsFilter filter, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"points?{filter.ToQueryString()}", ct => new ValueTask<IReadOnlyList<PointStats>>(ComputePointsAsync(filter, null, ct)), cancellationToken);

    /// <summary>
    /// A point's reports (all points' when <paramref name="code"/> is null) per week (weeks start on Monday) or
    /// month of shipping; null for an unknown point.
    /// </summary>
    public async Task<IReadOnlyList<TimelinePoint>?> TimelineAsync(
        string? code, TimelineBucket bucket, StatsFilter filter, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"timeline/{code}/{bucket}?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyList<TimelinePoint>?>(ComputeTimelineAsync(code, bucket, filter, ct)), cancellationToken);

    /// <summary>Declaration wordings (normalized when stored), per point, most reported first.</summary>
    public async Task<IReadOnlyList<DeclarationStats>> DeclarationsAsync(
        string? pointCode, StatsFilter filter, int limit, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"declarations/{pointCode}/{limit}?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyList<DeclarationStats>>(ComputeDeclarationsAsync(pointCode, filter, limit, ct)), cancellationToken);

    /// <summary>
    /// Uncached statistics of every active point, or of the point <paramref name="code"/> alone (none if unknown):
    /// what the benchmark compares with hand-written SQL.
    /// </summary>
    public async Task<IReadOnlyList<PointStats>> ComputePointsAsync(StatsFilter filter, string? code, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var points = await db.CustomsPoints.AsNoTracking().Where(p => p.IsActive && (code == null || p.Code == code)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var rows = StatsSource.For(db, filter, StatsGrain.Points);
        if (code is not null)
        {
            var pointId = points is [var only] ? only.Id : 0;
            rows = rows.Where(r => r.PointId == pointId);
        }

        var counts = await rows
            .GroupBy(r => new { r.PointId, r.Outcome, r.DaysHeld })
            .Select(g => new { g.Key.PointId, Outcome = (Outcome)g.Key.Outcome, g.Key.DaysHeld, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        return points.Select(point =>
        {
            var ofPoint = counts.Where(c => c.PointId == point.Id && c.Count != 0).ToList();
            var histogram = new DaysHistogram();
            foreach (var row in ofPoint.Where(c => c.DaysHeld >= 0))
            {
                histogram.Add(row.DaysHeld, row.Count);
            }

            return Build(point, OutcomeTally.Of(ofPoint, c => c.Outcome, c => c.Count), histogram);
        }).ToList();
    }

    /// <summary>One point's statistics (null for an unknown point), counted over that point's reports only.</summary>
    public async Task<PointStats?> PointAsync(string code, StatsFilter filter, CancellationToken cancellationToken) =>
        (await cache.GetOrComputeAsync($"points/{code}?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyList<PointStats>>(ComputePointsAsync(filter, code, ct)), cancellationToken)) is [var point] ? point : null;

    private async Task<IReadOnlyList<TimelinePoint>?> ComputeTimelineAsync(
        string? code, TimelineBucket bucket, StatsFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = StatsSource.For(db, filter, StatsGrain.Timeline);
        if (code is not null)
        {
            var pointId = await db.CustomsPoints.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (pointId is null)
            {
                return null;
            }

            rows = rows.Where(r => r.PointId == pointId);
        }

        var byDay = await rows
            .Where(r => r.ShippedOn >= StatsCellSql.FirstDate)
            .GroupBy(r => new { r.ShippedOn, r.Outcome })
            .Select(g => new { Day = g.Key.ShippedOn, Outcome = (Outcome)g.Key.Outcome, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        return byDay
            .Where(r => r.Count != 0)
            .GroupBy(r => PeriodStart(r.Day, bucket))
            .OrderBy(g => g.Key)
            .Select(g => new TimelinePoint(
                g.Key,
                g.Where(r => r.Outcome == Outcome.Passed).Sum(r => r.Count),
                g.Where(r => r.Outcome == Outcome.Returned).Sum(r => r.Count),
                g.Where(r => r.Outcome == Outcome.Seized).Sum(r => r.Count),
                g.Where(r => r.Outcome == Outcome.Pending).Sum(r => r.Count)))
            .ToList();
    }

    /// <summary>The point codes by id, and the Declarations cells under the filter, of one point when named (none when unknown).</summary>
    private static async Task<(Dictionary<int, string> Codes, IQueryable<StatsRow> Rows)> DeclarationCellsAsync(
        ParcelWatchDbContext db, string? pointCode, StatsFilter filter, CancellationToken cancellationToken)
    {
        var codes = await db.CustomsPoints.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var rows = StatsSource.For(db, filter, StatsGrain.Declarations);
        if (pointCode is not null)
        {
            var pointId = codes.FirstOrDefault(c => c.Value == pointCode).Key; // 0 (no point) when unknown
            rows = rows.Where(r => r.PointId == pointId);
        }

        return (codes, rows);
    }

    private async Task<IReadOnlyList<DeclarationStats>> ComputeDeclarationsAsync(
        string? pointCode, StatsFilter filter, int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (codes, rows) = await DeclarationCellsAsync(db, pointCode, filter, cancellationToken);

        var counts = await rows
            .Where(r => r.Wording != "")
            .GroupBy(r => new { r.Wording, r.PointId, r.Outcome })
            .Select(g => new { g.Key.Wording, g.Key.PointId, Outcome = (Outcome)g.Key.Outcome, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        return counts
            .Where(r => r.Count != 0)
            .GroupBy(r => (r.Wording, Code: codes[r.PointId]))
            .Select(g => new DeclarationStats(g.Key.Wording, g.Key.Code, OutcomeTally.Of(g, r => r.Outcome, r => r.Count)))
            .OrderByDescending(d => d.Reports).ThenBy(d => d.Wording, StringComparer.Ordinal).ThenBy(d => d.PointCode, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    public static DateOnly PeriodStart(DateOnly day, TimelineBucket bucket) => bucket == TimelineBucket.Month
        ? new DateOnly(day.Year, day.Month, 1)
        : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static PointStats Build(CustomsPoint point, OutcomeTally tally, DaysHistogram days) =>
        new(point.Code, point.NameRu, point.NameEn, tally.Reports, tally.Passed, tally.Returned, tally.Seized, tally.Pending,
            tally.PassRate, tally.PassRateLow, tally.PassRateHigh, days.Median, days.Percentile90);
}
