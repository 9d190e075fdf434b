using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>stats</c>, on a 1,000,000-report demo file (made once with the app's <c>seed-demo</c> verb, then kept in the
/// user's cache folder): the app's uncached statistics queries (EF Core, in process) against the same statistics in
/// hand-written SQL through Microsoft.Data.Sqlite on the same file; <c>GET /api/v1/stats/points</c> under 50
/// concurrent clients with wrk, against Kestrel's <c>/health/live</c> as the HTTP ceiling; and the server's peak
/// memory growth while it streams the CSV export of every report.
/// </summary>
internal static class StatsSuite
{
    public const string Name = "stats";

    private const int Runs = 7;
    internal const string Point = "orenburg";

    private const string CountsSql = "SELECT CustomsPointId, Outcome, COUNT(*) FROM ParcelReports WHERE ModerationState = 0 {0} GROUP BY CustomsPointId, Outcome;";
    private const string DaysSql = "SELECT CustomsPointId, DaysHeld, COUNT(*) FROM ParcelReports WHERE ModerationState = 0 AND DaysHeld IS NOT NULL {0} GROUP BY CustomsPointId, DaysHeld;";

    public static async Task RunAsync(ResultTable table, CancellationToken cancellationToken)
    {
        var databasePath = await DemoDatabase.PrepareAsync(Name, cancellationToken);
        var folder = Path.GetDirectoryName(databasePath)!;

        var stats = NewStatsService(AppDatabase.Sqlite(databasePath));
        var pointId = PointId(databasePath);
        var efAll = Median(() => stats.ComputePointsAsync(StatsFilter.None, null, cancellationToken));
        var rawAll = Median(() => Task.FromResult(RawStats(databasePath, "")));
        var efOne = Median(() => stats.ComputePointsAsync(StatsFilter.None, Point, cancellationToken));
        var rawOne = Median(() => Task.FromResult(RawStats(databasePath, $"AND CustomsPointId = {pointId}")));
        table.Add(Name, "all points: StatsService (EF Core, uncached)", 1, await efAll, (await rawAll).TotalSeconds / (await efAll).TotalSeconds);
        table.Add(Name, "all points: hand-written SQL", 1, await rawAll, 1);
        table.Add(Name, $"one point ({Point}): StatsService (EF Core, uncached)", 1, await efOne, (await rawOne).TotalSeconds / (await efOne).TotalSeconds);
        table.Add(Name, $"one point ({Point}): hand-written SQL", 1, await rawOne, 1);
        Verdict(table, "all points ≤ 1.5× raw", (await efAll) / (await rawAll), 1.5);
        Verdict(table, "one point ≤ 2× raw", (await efOne) / (await rawOne), 2);

        await using var app = await AppUnderTest.StartAsync(folder, AppDatabase.Sqlite(databasePath), cancellationToken);
        var ceiling = await LoadAsync(app.BaseAddress, "/health/live", cancellationToken);
        WrkResult points;
        await using (await ServerProfile.StartAsync(table, app, $"{Name} GET /api/v1/stats/points", TimeSpan.FromSeconds(12), cancellationToken))
        {
            points = await LoadAsync(app.BaseAddress, "/api/v1/stats/points", cancellationToken);
        }

        table.Add(Name, "wrk 50 clients 10 s: GET /health/live (Kestrel ceiling)", (int)ceiling.Requests, TimeSpan.FromSeconds(10), 1);
        table.Add(Name, "wrk 50 clients 10 s: GET /api/v1/stats/points", (int)points.Requests, TimeSpan.FromSeconds(10), points.Requests / ceiling.Requests);
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"target p95 < 10 ms for GET /api/v1/stats/points at 50 clients: {(points.P95Ms < 10 ? "PASS" : "MISS")} (p50 {points.P50Ms:F2} ms, p95 {points.P95Ms:F2} ms, p99 {points.P99Ms:F2} ms, {points.Errors} errors; ceiling p95 {ceiling.P95Ms:F2} ms)"));

        var (growth, elapsed, bytes) = await ExportAsync(app, cancellationToken);
        table.Add(Name, "CSV export of every visible report, streamed", DemoDatabase.Reports, elapsed, 1);
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"target CSV export peak working-set growth < 100 MB: {(growth < 100 * 1024 * 1024 ? "PASS" : "MISS")} (grew {growth / 1024.0 / 1024:F1} MB while sending {bytes / 1024.0 / 1024:F0} MB)"));
    }

    internal static StatsService NewStatsService(AppDatabase database)
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        services.AddDbContextFactory<ParcelWatchDbContext>(options => options.UseParcelWatchProvider(database.Provider, database.ConnectionString));
        var provider = services.BuildServiceProvider();
        return new StatsService(provider.GetRequiredService<IDbContextFactory<ParcelWatchDbContext>>(), new StatsCache(provider.GetRequiredService<HybridCache>(), new StatsFreshness(TimeProvider.System, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1))));
    }

    /// <summary>The same two grouped queries the app runs, and the same numbers built from them.</summary>
    internal static int RawStats(string databasePath, string condition)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        var rows = 0;
        foreach (var sql in new[] { CountsSql, DaysSql })
        {
            using var command = connection.CreateCommand();
            command.CommandText = string.Format(CultureInfo.InvariantCulture, sql, condition);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows += reader.GetInt32(2) > 0 ? 1 : 0;
            }
        }

        return rows;
    }

    internal static long PointId(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id FROM CustomsPoints WHERE Code = '{Point}';";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The median of <see cref="Runs"/> timed runs after one untimed run.</summary>
    internal static async Task<TimeSpan> Median<T>(Func<Task<T>> run)
    {
        await run();
        var times = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        return times.Order().ElementAt(Runs / 2);
    }

    private static void Verdict(ResultTable table, string target, double ratio, double limit) =>
        table.Note(string.Create(CultureInfo.InvariantCulture, $"target {target}: {(ratio <= limit ? "PASS" : "MISS")} ({ratio:F2}×)"));

    /// <summary>wrk, 50 connections for 10 s, GET <paramref name="path"/> (an app, or a proxy in front of apps).</summary>
    internal static async Task<WrkResult> LoadAsync(Uri baseAddress, string path, CancellationToken cancellationToken)
    {
        Console.WriteLine($"wrk -c50 -d10s {new Uri(baseAddress, path)} (after one untimed request: steady state, the cache warm)");
        using (var warm = new HttpClient { BaseAddress = baseAddress })
        {
            (await warm.GetAsync(new Uri(path, UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();
        }

        return await Wrk.RunAsync(new Uri(baseAddress, path), connections: 50, TimeSpan.FromSeconds(10), cancellationToken);
    }

    private static async Task<(long Growth, TimeSpan Elapsed, long Bytes)> ExportAsync(AppUnderTest app, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{Name}: GET /api/v1/export/parcels.csv, watching the server's peak memory");
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        GC.KeepAlive(await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken));
        app.ResetPeakMemory();
        var before = app.Memory().Resident;
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(new Uri("/api/v1/export/parcels.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var body = await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync(cancellationToken);
        var counting = new CountingStream();
        await body.CopyToAsync(counting, cancellationToken);
        return (app.Memory().Peak - before, Stopwatch.GetElapsedTime(started), counting.Length);
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
