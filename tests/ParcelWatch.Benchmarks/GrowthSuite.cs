using System.Globalization;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>growth</c>: how the statistics' cost grows with the number of reports. For each size, a demo file made by
/// <c>seed-demo</c> (kept in the cache folder like the 1M one), the app's uncached statistics (EF Core, in process)
/// for all points, for one point and for all points filtered by brand (Xiaomi), each against the same statistics in
/// hand-written SQL on the same file. The app counts from the maintained <c>StatsCells</c> (ADR-016), the SQL recounts
/// the report rows as the app did before, so the ratio is what the maintained counts save.
/// The <c>all</c> run stops at 1,000,000 reports (5,000,000 take about five minutes to make the first time);
/// <c>growth --largest 5000000</c> adds the largest size.
/// </summary>
internal static class GrowthSuite
{
    public const string Name = "growth";

    public static readonly int[] Sizes = [10_000, 100_000, 1_000_000, 5_000_000];

    public static async Task RunAsync(ResultTable table, int largest, CancellationToken cancellationToken)
    {
        TimeSpan? smallest = null;
        foreach (var reports in Sizes.Where(size => size <= largest))
        {
            var databasePath = await DemoDatabase.PrepareAsync(Name, cancellationToken, reports);
            var stats = StatsSuite.NewStatsService(AppDatabase.Sqlite(databasePath));
            var pointId = StatsSuite.PointId(databasePath);
            var efAll = await StatsSuite.Median(() => stats.ComputePointsAsync(StatsFilter.None, null, cancellationToken));
            var rawAll = await StatsSuite.Median(() => Task.FromResult(StatsSuite.RawStats(databasePath, "")));
            var efOne = await StatsSuite.Median(() => stats.ComputePointsAsync(StatsFilter.None, StatsSuite.Point, cancellationToken));
            var rawOne = await StatsSuite.Median(() => Task.FromResult(StatsSuite.RawStats(databasePath, $"AND CustomsPointId = {pointId}")));
            var efBrand = await StatsSuite.Median(() => stats.ComputePointsAsync(new StatsFilter(Brand: "Xiaomi"), null, cancellationToken));
            var rawBrand = await StatsSuite.Median(() => Task.FromResult(StatsSuite.RawStats(databasePath, "AND BrandKey = 'XIAOMI'")));
            var size = reports.ToString("N0", CultureInfo.InvariantCulture);
            table.Add(Name, $"{size} reports: all points (EF Core, uncached; ratio = SQL ÷ EF)", 1, efAll, rawAll / efAll);
            table.Add(Name, $"{size} reports: one point (EF Core, uncached; ratio = SQL ÷ EF)", 1, efOne, rawOne / efOne);
            table.Add(Name, $"{size} reports: all points, brand=Xiaomi (EF Core, uncached; ratio = SQL ÷ EF)", 1, efBrand, rawBrand / efBrand);
            smallest ??= efAll;
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: {size} reports — all points {efAll.TotalMilliseconds:F1} ms ({efAll / smallest.Value:F0}× the smallest size; hand-written SQL {rawAll.TotalMilliseconds:F1} ms), one point {efOne.TotalMilliseconds:F1} ms (SQL {rawOne.TotalMilliseconds:F1} ms), brand=Xiaomi {efBrand.TotalMilliseconds:F1} ms (SQL {rawBrand.TotalMilliseconds:F1} ms), {efAll.TotalMicroseconds * 1000 / reports:F0} ns a report"));
        }
    }
}
