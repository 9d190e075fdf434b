using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>login-flood</c>: the app with its real rate limits; <c>GET /api/v1/stats/points</c> under wrk (8 connections,
/// 10 s) on a quiet server, then again while a second wrk floods <c>POST /api/v1/auth/login</c> with wrong
/// passwords from the same 127.0.0.1 (4 connections, each sending its next request as soon as it is answered: several
/// thousand a second; all but the first 20 a minute are refused with 429). Baseline: the quiet run.
/// </summary>
internal static class LoginFloodSuite
{
    public const string Name = "login-flood";

    private const int FloodConnections = 4;
    private const string WrongLogin = """{"email":"victim@example.org","password":"a wrong guess of a passphrase"}""";

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The flood runs this long before anything is measured: the first attempts of a minute (20 per address, 5 per
    /// account) pass the limits and each costs a password hash, as any sign-in does; the steady flood is all 429s.
    /// </summary>
    private static readonly TimeSpan FloodLead = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(ResultTable table, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-flood-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "flood.db");
            await AppUnderTest.MigrateAsync(folder.FullName, AppDatabase.Sqlite(databasePath), cancellationToken);
            await using var app = await AppUnderTest.StartAsync(folder.FullName, AppDatabase.Sqlite(databasePath), cancellationToken, realRateLimits: true);
            var stats = new Uri(app.BaseAddress, "/api/v1/stats/points");
            var login = new Uri(app.BaseAddress, "/api/v1/auth/login");
            using (var warm = new HttpClient { BaseAddress = app.BaseAddress })
            {
                (await warm.GetAsync(stats, cancellationToken)).EnsureSuccessStatusCode();
            }

            Console.WriteLine($"{Name}: wrk -c8 -d10s GET /api/v1/stats/points, quiet, then during a wrk -c{FloodConnections} flood of wrong-password logins");
            await Wrk.RunAsync(stats, connections: 8, FloodLead, cancellationToken, threads: 1); // untimed: JIT and caches warm first
            var quiet = await Wrk.RunAsync(stats, connections: 8, Duration, cancellationToken, threads: 1);
            await Wrk.RunAsync(login, FloodConnections, FloodLead, cancellationToken, WrongLogin, threads: 1);
            var flood = Wrk.RunAsync(login, FloodConnections, Duration, cancellationToken, WrongLogin, threads: 1);
            var during = await Wrk.RunAsync(stats, connections: 8, Duration, cancellationToken, threads: 1);
            var flooded = await flood;

            table.Add(Name, "GET /api/v1/stats/points, quiet (8 connections)", (int)quiet.Requests, Duration, 1);
            table.Add(Name, "GET /api/v1/stats/points during the login flood", (int)during.Requests, Duration, during.Requests / quiet.Requests);
            table.Add(Name, $"POST /api/v1/auth/login flood ({FloodConnections} connections)", (int)flooded.Requests, Duration, flooded.Requests / quiet.Requests);
            var rise = (during.P95Ms / quiet.P95Ms) - 1;
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}, target: stats p95 rises < 20% during the flood: {(rise < 0.2 ? "PASS" : "MISS")} (p95 {quiet.P95Ms:F2} ms quiet, {during.P95Ms:F2} ms during: {rise:+0%;-0%}; p50 {quiet.P50Ms:F2} -> {during.P50Ms:F2} ms)"));
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}, target: the flood refused in < 5 ms at p95: {(flooded.P95Ms < 5 ? "PASS" : "MISS")} (p50 {flooded.P50Ms:F2} ms, p95 {flooded.P95Ms:F2} ms; {flooded.Errors:N0} of {flooded.Requests:N0} answered 4xx)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
