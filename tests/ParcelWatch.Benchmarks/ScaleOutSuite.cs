using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>scale-out</c>: a throwaway PostgreSQL server (tests/postgres.sh, durable) against SQLite on the same demo data
/// (<c>seed-demo</c> into a fresh file and a fresh database): seeding, the app's uncached statistics in process, and
/// report ingest over HTTP into one instance on each; then, on PostgreSQL, nginx with the repository's example config in
/// front of one and of two instances (wrk on the statistics, the same ingest load), and wrk straight to one instance.
/// </summary>
internal static class ScaleOutSuite
{
    public const string Name = "scale-out";

    private const int DemoReports = 100_000;
    private const int Users = 16;
    private const int Workers = 64;
    private const int WarmUp = 3_000;
    private const int Posts = 8_000;
    private const string StatsPath = "/api/v1/stats/points";

    public static async Task RunAsync(ResultTable table, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-bench-scale-out-");
        try
        {
            await using var postgres = await PostgresServer.StartAsync(RepositoryFile("tests/postgres.sh"), cancellationToken);
            var sqlitePath = Path.Combine(folder.FullName, "demo.db");
            var sqlite = AppDatabase.Sqlite(sqlitePath);
            var pg = await postgres.CreateDatabaseAsync("parcelwatch_bench", cancellationToken);
            await AppUnderTest.MigrateAsync(folder.FullName, pg, cancellationToken);
            var sqliteSeed = await SeedAsync(folder.FullName, sqlite, cancellationToken);
            var pgSeed = await SeedAsync(folder.FullName, pg, cancellationToken);
            await VacuumAnalyzeAsync(pg, cancellationToken);
            Add(table, string.Create(CultureInfo.InvariantCulture, $"seed-demo {DemoReports:N0} reports (process start included)"), DemoReports, sqliteSeed, pgSeed);

            var sqliteStats = await UncachedStatsAsync(sqlite, cancellationToken);
            var pgStats = await UncachedStatsAsync(pg, cancellationToken);
            Add(table, "all points: StatsService (EF Core, uncached, in process)", 1, sqliteStats, pgStats);

            var bodies = ParcelsPostSuite.NewRequests(3 * (WarmUp + Posts)).Select(row => JsonSerializer.SerializeToUtf8Bytes(row, JsonSerializerOptions.Web)).ToArray();
            TimeSpan sqliteIngest;
            await using (var app = await AppUnderTest.StartAsync(folder.FullName, sqlite, cancellationToken))
            {
                using var load = await SignInAsync(app, cancellationToken);
                sqliteIngest = await IngestAsync(load, bodies, cancellationToken);
            }

            await using var first = await AppUnderTest.StartAsync(folder.FullName, pg, cancellationToken);
            using var direct = await SignInAsync(first, cancellationToken);
            var pgIngest = await IngestAsync(direct, bodies, cancellationToken);
            Add(table, $"POST /api/v1/parcels, {Workers} workers, {Users} users, one instance", Posts, sqliteIngest, pgIngest);

            var config = RepositoryFile("docs/deploy/nginx-parcelwatch.conf");
            var straight = await StatsSuite.LoadAsync(first.BaseAddress, StatsPath, cancellationToken);
            var (oneStats, oneIngest, _) = await ThroughNginxAsync(config, [first], direct, bodies[(WarmUp + Posts)..], cancellationToken);
            await using var second = await AppUnderTest.StartAsync(folder.FullName, pg, cancellationToken);
            var (twoStats, twoIngest, split) = await ThroughNginxAsync(config, [first, second], direct, bodies[(2 * (WarmUp + Posts))..], cancellationToken);

            var wrk = $"PostgreSQL, wrk 50 clients 10 s GET {StatsPath}";
            table.Add(Name, $"{wrk}: nginx, 1 instance (baseline)", (int)oneStats.Requests, TimeSpan.FromSeconds(10), 1);
            table.Add(Name, $"{wrk}: nginx, 2 instances", (int)twoStats.Requests, TimeSpan.FromSeconds(10), twoStats.Requests / oneStats.Requests);
            table.Add(Name, $"{wrk}: 1 instance, no proxy", (int)straight.Requests, TimeSpan.FromSeconds(10), straight.Requests / oneStats.Requests);
            var post = $"PostgreSQL, POST /api/v1/parcels, {Workers} workers";
            table.Add(Name, $"{post}: nginx, 1 instance (baseline)", Posts, oneIngest, 1);
            table.Add(Name, $"{post}: nginx, 2 instances", Posts, twoIngest, oneIngest / twoIngest);
            table.Add(Name, $"{post}: 1 instance, no proxy", Posts, pgIngest, oneIngest / pgIngest);
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: wrk p50/p95 ms — nginx 1 instance {oneStats.P50Ms:F2}/{oneStats.P95Ms:F2}, 2 instances {twoStats.P50Ms:F2}/{twoStats.P95Ms:F2}, no proxy {straight.P50Ms:F2}/{straight.P95Ms:F2}; errors {oneStats.Errors + twoStats.Errors + straight.Errors}; server CPU of each instance while wrk ran through nginx to both: {split}"));
            table.Note($"{Name}: durability — SQLite WAL with PRAGMA synchronous={SqliteSynchronous(sqlitePath)} (2 FULL: the WAL fsynced at every commit); {postgres.Description}, synchronous_commit on, full_page_writes on; PostgreSQL vacuumed and analyzed after seeding, SQLite not analyzed (as the app leaves it). Ratios: SQLite time ÷ PostgreSQL time, and ÷ nginx with 1 instance. One machine: PostgreSQL, nginx, wrk and the instances share its cores.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// wrk on the statistics (after 3 untimed seconds of it, which warm a new instance) and the ingest load, through
    /// nginx in front of <paramref name="instances"/>; and the CPU seconds each instance spent during the timed wrk run
    /// (how nginx spread the requests).
    /// </summary>
    private static async Task<(WrkResult Stats, TimeSpan Ingest, string CpuSplit)> ThroughNginxAsync(
        string config, AppUnderTest[] instances, ParcelPostLoad signedIn, byte[][] bodies, CancellationToken cancellationToken)
    {
        await using var nginx = await Nginx.StartAsync(config, instances, cancellationToken);
        Console.WriteLine($"{Name}: nginx at {nginx.BaseAddress} in front of {instances.Length} instance(s)");
        await Wrk.RunAsync(new Uri(nginx.BaseAddress, StatsPath), connections: 50, TimeSpan.FromSeconds(3), cancellationToken);
        var cpu = instances.Select(instance => instance.CpuTime).ToArray();
        var stats = await StatsSuite.LoadAsync(nginx.BaseAddress, StatsPath, cancellationToken);
        var split = string.Join(" + ", instances.Select((instance, i) => string.Create(CultureInfo.InvariantCulture, $"{(instance.CpuTime - cpu[i]).TotalSeconds:F1} s")));
        using var load = signedIn.Via(nginx.BaseAddress);
        return (stats, await IngestAsync(load, bodies, cancellationToken), split);
    }

    private static Task<TimeSpan> SeedAsync(string folder, AppDatabase database, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{Name}: seed-demo --reports {DemoReports} on {database.Provider}");
        return Timed(() => AppUnderTest.RunVerbAsync(folder, database, TimeSpan.FromMinutes(3), cancellationToken,
            "seed-demo", "--reports", DemoReports.ToString(CultureInfo.InvariantCulture)));
    }

    private static Task<TimeSpan> UncachedStatsAsync(AppDatabase database, CancellationToken cancellationToken)
    {
        var stats = StatsSuite.NewStatsService(database);
        return StatsSuite.Median(() => stats.ComputePointsAsync(StatsFilter.None, null, cancellationToken));
    }

    private static async Task<ParcelPostLoad> SignInAsync(AppUnderTest app, CancellationToken cancellationToken)
    {
        var load = new ParcelPostLoad(app.BaseAddress, Workers);
        await load.SignInUsersAsync(Users, cancellationToken);
        return load;
    }

    /// <summary>Untimed warm-up posts, then the timed ones, from the start of <paramref name="bodies"/>.</summary>
    private static async Task<TimeSpan> IngestAsync(ParcelPostLoad load, byte[][] bodies, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{Name}: {WarmUp} warm-up POSTs, then {Posts} timed");
        await load.PostAllAsync(bodies[..WarmUp], cancellationToken);
        return await Timed(() => load.PostAllAsync(bodies[WarmUp..(WarmUp + Posts)], cancellationToken));
    }

    private static async Task<TimeSpan> Timed(Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>A SQLite baseline row and its PostgreSQL twin, whose ratio is the SQLite time ÷ the PostgreSQL time.</summary>
    private static void Add(ResultTable table, string what, int count, TimeSpan sqlite, TimeSpan postgres)
    {
        table.Add(Name, $"{what}: SQLite (baseline)", count, sqlite, 1);
        table.Add(Name, $"{what}: PostgreSQL", count, postgres, sqlite / postgres);
    }

    private static async Task VacuumAnalyzeAsync(AppDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string SqliteSynchronous(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "?";
    }

    /// <summary>A file of the repository, found above the benchmark's build folder.</summary>
    internal static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, relative);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
