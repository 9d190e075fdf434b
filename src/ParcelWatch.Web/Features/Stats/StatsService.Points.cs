using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>A point page's top brands and the /check trend per point (issue 20), from the same cells.</summary>
public sealed partial class StatsService
{
    /// <summary>The most reported brands at the point <paramref name="pointCode"/>, each under its most common spelling.</summary>
    public async Task<IReadOnlyList<BrandStats>> BrandsAsync(string pointCode, StatsFilter filter, int limit, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"brands/{pointCode}/{limit}?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyList<BrandStats>>(ComputeBrandsAsync(pointCode, filter, limit, ct)), cancellationToken);

    /// <summary>
    /// The return trend of every point with reports (<see cref="ReturnTrends"/>), the recent window ending with the
    /// month of the period's end, or else the latest month with a decided report in the answer.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ReturnTrend>> TrendsAsync(StatsFilter filter, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"trends?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyDictionary<string, ReturnTrend>>(ComputeTrendsAsync(filter, ct)), cancellationToken);

    private async Task<IReadOnlyList<BrandStats>> ComputeBrandsAsync(string pointCode, StatsFilter filter, int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pointId = await db.CustomsPoints.Where(p => p.Code == pointCode).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        var counts = await StatsSource.For(db, filter, StatsGrain.BrandPoints)
            .Where(r => r.PointId == pointId && r.BrandKey != "")
            .GroupBy(r => new { r.BrandKey, r.Outcome })
            .Select(g => new { g.Key.BrandKey, Outcome = (Outcome)g.Key.Outcome, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        var top = counts.GroupBy(c => c.BrandKey)
            .Select(g => (Key: g.Key, Tally: OutcomeTally.Of(g, c => c.Outcome, c => c.Count)))
            .Where(b => b.Tally.Reports > 0)
            .OrderByDescending(b => b.Tally.Reports).ThenBy(b => b.Key, StringComparer.Ordinal)
            .Take(limit).ToList();

        var keys = top.Select(b => b.Key).ToList();
        var spellings = (await db.StatsCells.AsNoTracking().Where(c => c.Grain == StatsGrain.Brands && c.Count > 0)
                .Select(c => new { c.Brand, c.Count }).ToListAsync(cancellationToken))
            .Where(s => keys.Contains(s.Brand.ToUpperInvariant()))
            .GroupBy(s => s.Brand.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Count).ThenBy(s => s.Brand, StringComparer.Ordinal).First().Brand);
        return top.Select(b => new BrandStats(spellings.GetValueOrDefault(b.Key, b.Key), b.Tally)).ToList();
    }

    private async Task<IReadOnlyDictionary<string, ReturnTrend>> ComputeTrendsAsync(StatsFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = await db.CustomsPoints.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var byDay = await StatsSource.For(db, filter, StatsGrain.Timeline)
            .Where(r => r.ShippedOn >= StatsCellSql.FirstDate && r.Outcome != (int)Outcome.Pending)
            .GroupBy(r => new { r.PointId, r.ShippedOn, r.Outcome })
            .Select(g => new { g.Key.PointId, Day = g.Key.ShippedOn, Outcome = (Outcome)g.Key.Outcome, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        var decided = byDay.Where(r => r.Count != 0).ToList();
        if (decided.Count == 0)
        {
            return new Dictionary<string, ReturnTrend>();
        }

        var lastMonth = filter.To ?? decided.Max(r => r.Day);
        return decided.GroupBy(r => codes[r.PointId]).ToDictionary(
            point => point.Key,
            point => ReturnTrends.Of(point.GroupBy(r => PeriodStart(r.Day, TimelineBucket.Month)).Select(month =>
                (month.Key, month.Sum(r => r.Count), month.Where(r => r.Outcome == Outcome.Passed).Sum(r => r.Count))), lastMonth));
    }
}
