using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>login-flood</c>: the app with its real rate limits; <c>GET /api/v1/stats/points</c> under wrk (8 clients, 10 s)
/// on a quiet server, then again during a bounded flood of <c>POST /api/v1/auth/login</c> with wrong passwords from
/// the same 127.0.0.1: <see cref="FloodPerSecond"/> requests a second, sent on a clock whatever the answers (all but
/// the first 20 a minute are refused with 429). Baseline: the quiet run.
/// </summary>
internal static class LoginFloodSuite
{
    public const string Name = "login-flood";

    /// <summary>A determined single-source attacker; an unbounded wrk flood measures the 2-core machine, not the app.</summary>
    public const int FloodPerSecond = 2_000;

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
            await AppUnderTest.MigrateAsync(folder.FullName, databasePath, cancellationToken);
            await using var app = await AppUnderTest.StartAsync(folder.FullName, databasePath, cancellationToken, realRateLimits: true);
            var stats = new Uri(app.BaseAddress, "/api/v1/stats/points");
            using (var warm = new HttpClient { BaseAddress = app.BaseAddress })
            {
                (await warm.GetAsync(stats, cancellationToken)).EnsureSuccessStatusCode();
            }

            Console.WriteLine($"{Name}: wrk -c8 -d10s GET /api/v1/stats/points, quiet, then during a flood of {FloodPerSecond:N0} wrong-password logins a second");
            var quiet = await Wrk.RunAsync(stats, connections: 8, Duration, cancellationToken, threads: 1);
            var flood = FloodAsync(new Uri(app.BaseAddress, "/api/v1/auth/login"), cancellationToken);
            await Task.Delay(FloodLead, cancellationToken);
            var during = await Wrk.RunAsync(stats, connections: 8, Duration, cancellationToken, threads: 1);
            var (latencies, refused) = await flood;

            table.Add(Name, "GET /api/v1/stats/points, quiet (8 clients)", (int)quiet.Requests, Duration, 1);
            table.Add(Name, "GET /api/v1/stats/points during the login flood", (int)during.Requests, Duration, during.Requests / quiet.Requests);
            table.Add(Name, $"POST /api/v1/auth/login flood, {FloodPerSecond:N0}/s", latencies.Length, Duration, latencies.Length / quiet.Requests);
            var rise = (during.P95Ms / quiet.P95Ms) - 1;
            Array.Sort(latencies);
            var floodP50 = latencies[latencies.Length / 2];
            var floodP95 = latencies[(int)(latencies.Length * 0.95)];
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}, target: stats p95 rises < 20% during the flood: {(rise < 0.2 ? "PASS" : "MISS")} (p95 {quiet.P95Ms:F2} ms quiet, {during.P95Ms:F2} ms during: {rise:+0%;-0%}; p50 {quiet.P50Ms:F2} -> {during.P50Ms:F2} ms)"));
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}, target: the flood refused in < 5 ms at p95: {(floodP95 < 5 ? "PASS" : "MISS")} (p50 {floodP50:F2} ms, p95 {floodP95:F2} ms; {refused:N0} of {latencies.Length:N0} answered 429)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Sends <see cref="FloodPerSecond"/> logins a second for <see cref="FloodLead"/> + <see cref="Duration"/>, on a clock;
    /// the latency in ms of each one sent after the lead.
    /// </summary>
    private static async Task<(double[] Latencies, int Refused)> FloodAsync(Uri login, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(10) };
        const string body = """{"email":"victim@example.org","password":"a wrong guess of a passphrase"}""";
        var sent = new List<Task<(double Ms, bool Refused)>>();
        var measured = 0;
        using var clock = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < FloodLead + Duration && await clock.WaitForNextTickAsync(cancellationToken))
        {
            if (measured == 0 && System.Diagnostics.Stopwatch.GetElapsedTime(started) >= FloodLead)
            {
                measured = sent.Count;
            }

            var due = (int)(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds * FloodPerSecond) - sent.Count;
            for (var i = 0; i < due; i++)
            {
                sent.Add(OneAsync());
            }
        }

        var results = (await Task.WhenAll(sent))[measured..];
        return (results.Select(r => r.Ms).ToArray(), results.Count(r => r.Refused));

        async Task<(double, bool)> OneAsync()
        {
            var begun = System.Diagnostics.Stopwatch.GetTimestamp();
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(login, content, cancellationToken);
            return (System.Diagnostics.Stopwatch.GetElapsedTime(begun).TotalMilliseconds, (int)response.StatusCode == 429);
        }
    }
}
