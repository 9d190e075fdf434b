using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>The wording matrix of /stats/declarations (issue 20): wording classes and their top wordings per point.</summary>
public sealed partial class StatsService
{
    /// <summary>Every class with reports, and in each its <paramref name="wordingsPerClass"/> most reported wordings.</summary>
    public async Task<WordingMatrix> WordingMatrixAsync(StatsFilter filter, int wordingsPerClass, CancellationToken cancellationToken) =>
        await cache.GetOrComputeAsync($"wording-matrix/{wordingsPerClass}?{filter.ToQueryString()}",
            ct => new ValueTask<WordingMatrix>(ComputeWordingMatrixAsync(filter, wordingsPerClass, ct)), cancellationToken);

    private async Task<WordingMatrix> ComputeWordingMatrixAsync(StatsFilter filter, int wordingsPerClass, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = await db.CustomsPoints.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var counts = (await StatsSource.For(db, filter, StatsGrain.Declarations)
                .Where(r => r.WordingClass >= 0)
                .GroupBy(r => new { r.WordingClass, r.Wording, r.PointId, r.Outcome })
                .Select(g => new { g.Key.WordingClass, g.Key.Wording, g.Key.PointId, Outcome = (Outcome)g.Key.Outcome, Count = g.Sum(r => r.Count) })
                .ToListAsync(cancellationToken))
            .Where(r => r.Count != 0)
            .Select(r => new MatrixCount((WordingClass)r.WordingClass, r.Wording, codes[r.PointId], r.Outcome, r.Count))
            .ToList();

        var points = counts.GroupBy(r => r.Point).OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var classes = counts.GroupBy(r => r.Class).OrderBy(g => g.Key).Select(ofClass =>
        {
            var wordings = ofClass.Where(r => r.Wording != "").GroupBy(r => r.Wording)
                .OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(wordingsPerClass)
                .Select(ofWording => new WordingMatrixRow(ofClass.Key, ofWording.Key, Cells(ofWording), []))
                .ToList();
            return new WordingMatrixRow(ofClass.Key, null, Cells(ofClass), wordings);
        }).ToList();
        return new WordingMatrix(points, classes);
    }

    private static Dictionary<string, OutcomeTally> Cells(IEnumerable<MatrixCount> counts) =>
        counts.GroupBy(r => r.Point).ToDictionary(g => g.Key, g => OutcomeTally.Of(g, r => r.Outcome, r => r.Count));

    private sealed record MatrixCount(WordingClass Class, string Wording, string Point, Outcome Outcome, int Count);
}
