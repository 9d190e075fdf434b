using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>parcels-post</c>: durable <c>POST /api/v1/parcels</c> throughput over real HTTP against the app's Release
/// build, and, in the same run, a raw batched SQLite insert of the same rows into the same schema.
/// </summary>
internal static class ParcelsPostSuite
{
    public const string Name = "parcels-post";
    public const double TargetPerSecond = 2000;

    private const int Users = 16;

    /// <summary>
    /// Timed reports, concurrent workers (buyers submitting at once), untimed warm-up requests before them (enough for
    /// the JIT to reach its optimized tier); and, for the circuits suite, how many circuits to open.
    /// </summary>
    public sealed record Options(int Reports = 20_000, int Workers = 64, int WarmUp = 10_000, int Circuits = 100, int Largest = 1_000_000);

    public static async Task RunAsync(ResultTable table, Options options, CancellationToken cancellationToken)
    {
        var (reports, workers, warmUp, _, _) = options;
        var rows = NewRequests(warmUp + reports);
        var timedRows = rows.Skip(warmUp).ToList();
        var folder = Directory.CreateTempSubdirectory("parcelwatch-bench-");
        try
        {
            var http = await MeasureHttpAsync(table, folder.FullName, rows, options, cancellationToken);

            Console.WriteLine($"{Name}: raw baseline: migrating a second file, inserting {reports} rows in transactions of {RawSqliteInsert.BatchSize}");
            var rawPath = Path.Combine(folder.FullName, "raw.db");
            await AppUnderTest.MigrateAsync(folder.FullName, AppDatabase.Sqlite(rawPath), cancellationToken);
            var raw = RawSqliteInsert.Run(rawPath, timedRows, cancellationToken);

            var httpRate = ResultTable.Rate(reports, http.Elapsed);
            var rawRate = ResultTable.Rate(reports, raw);
            table.Add(Name, $"POST /api/v1/parcels, HTTP, {workers} workers, {Users} users", reports, http.Elapsed, httpRate / rawRate);
            table.Add(Name, $"raw SQLite INSERT, WAL, {RawSqliteInsert.BatchSize} rows/transaction", reports, raw, 1);
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"target ≥ 2,000 reports/s on SQLite in WAL mode: {(httpRate >= TargetPerSecond ? "PASS" : "MISS")} (measured {httpRate:N0}/s)"));
            table.Note(http.Details);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Valid, distinct report bodies: the seed story (Redmi 4X to Orenburg) with its own S10 and order number.</summary>
    public static List<ParcelRequest> NewRequests(int count) =>
        Enumerable.Range(10_000_000, count).Select(serial =>
        {
            var digits = serial.ToString("D8", CultureInfo.InvariantCulture);
            return new ParcelRequest(
                Shop: "AliExpress",
                OrderNumber: $"8{serial:D11}",
                TrackingNumber: $"RR{digits}{S10.ComputeCheckDigit(digits)}CN",
                CarrierCode: null,
                CustomsPointCode: "orenburg",
                Brand: "Xiaomi",
                Model: "Redmi 4X",
                Category: "Phone",
                DeclarationText: "cell phone",
                DeclaredValue: 150m,
                Currency: "USD",
                ShippedOn: "2017-04-03");
        }).ToList();

    private static async Task<(TimeSpan Elapsed, string Details)> MeasureHttpAsync(
        ResultTable table, string folder, List<ParcelRequest> rows, Options options, CancellationToken cancellationToken)
    {
        var (_, workers, warmUp, _, _) = options;
        var bodies = rows.Select(row => JsonSerializer.SerializeToUtf8Bytes(row, JsonSerializerOptions.Web)).ToList();
        var databasePath = Path.Combine(folder, "app.db");
        await using var app = await AppUnderTest.StartAsync(folder, AppDatabase.Sqlite(databasePath), cancellationToken);
        Console.WriteLine($"{Name}: app ready at {app.BaseAddress}; registering and signing in {Users} users");
        using var load = new ParcelPostLoad(app.BaseAddress, workers);
        await load.SignInUsersAsync(Users, cancellationToken);

        Console.WriteLine($"{Name}: warm-up, {warmUp} POSTs (not timed)");
        await load.PostAllAsync(bodies[..warmUp], cancellationToken);

        var timed = bodies[warmUp..];
        Console.WriteLine($"{Name}: timing {timed.Count} POSTs from {workers} workers");
        using var self = Process.GetCurrentProcess();
        var serverCpu = app.CpuTime;
        var clientCpu = self.TotalProcessorTime;
        TimeSpan[] latencies;
        TimeSpan elapsed;
        await using (await ServerProfile.StartAsync(table, app, Name, TimeSpan.FromSeconds(15), cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            latencies = await load.PostAllAsync(timed, cancellationToken);
            elapsed = Stopwatch.GetElapsedTime(started);
        }

        serverCpu = app.CpuTime - serverCpu;
        clientCpu = self.TotalProcessorTime - clientCpu;

        var stored = RawSqliteInsert.CountReports(databasePath);
        if (stored != rows.Count)
        {
            throw new InvalidOperationException($"The app answered 201 {rows.Count} times but its database holds {stored} reports.");
        }

        Array.Sort(latencies);
        double Ms(double quantile) => latencies[(int)Math.Min(latencies.Length - 1, quantile * latencies.Length)].TotalMilliseconds;
        var cores = elapsed.TotalSeconds * Environment.ProcessorCount;
        var details = string.Create(CultureInfo.InvariantCulture,
            $"""
            POST latency ms (after {warmUp} warm-up POSTs): p50 {Ms(0.50):F1}, p95 {Ms(0.95):F1}, p99 {Ms(0.99):F1}, max {latencies[^1].TotalMilliseconds:F1}
            CPU while timed: server {serverCpu.TotalSeconds:F1} s, load client {clientCpu.TotalSeconds:F1} s, of {cores:F1} core-seconds available ({(serverCpu + clientCpu).TotalSeconds / cores:P0} busy); server CPU per report {serverCpu.TotalMilliseconds / timed.Count:F2} ms
            """);
        return (elapsed, details);
    }
}
