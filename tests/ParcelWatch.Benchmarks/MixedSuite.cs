using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>mixed</c> (issue 16): readers and writers at once, on a copy of a demo file (1,000,000 reports, or
/// <c>--largest 5000000</c>). For each write rate (0, then 5 and 50 reports a second, posted at a steady pace by signed-in
/// users through <c>POST /api/v1/parcels</c>), wrk with 50 connections reads each of <see cref="Paths"/> for 10 s as an
/// anonymous reader. Each cell prints p50/p90/p99 and requests a second, and the ratio of its p99 to the same path's
/// p99 without writes in the same run. Afterwards <c>stats verify</c> must exit 0 on the file the writers changed.
/// </summary>
internal static class MixedSuite
{
    public const string Name = "mixed";

    private const int Users = 10;

    private static readonly string[] Paths = ["/api/v1/stats/points", "/api/v1/stats/points?brand=Xiaomi", "/stats"];

    private static readonly int[] WritesPerSecond = [0, 5, 50];

    public static async Task RunAsync(ResultTable table, int reports, CancellationToken cancellationToken)
    {
        var demo = await DemoDatabase.PrepareAsync(Name, cancellationToken, reports);
        var folder = Directory.CreateTempSubdirectory("parcelwatch-mixed-").FullName;
        try
        {
            var databasePath = Path.Combine(folder, "app.db");
            Console.WriteLine($"{Name}: copying {demo} (the writers change the copy)");
            File.Copy(demo, databasePath);
            var database = AppDatabase.Sqlite(databasePath);
            await using (var app = await AppUnderTest.StartAsync(folder, database, cancellationToken))
            {
                using var load = new ParcelPostLoad(app.BaseAddress, workers: 50);
                await load.SignInUsersAsync(Users, cancellationToken);
                var bodies = ParcelsPostSuite.NewRequests(60 * 60).Select(row => JsonSerializer.SerializeToUtf8Bytes(row, JsonSerializerOptions.Web)).ToList();
                var withoutWrites = new Dictionary<string, double>();
                var posted = 0;
                foreach (var rate in WritesPerSecond)
                {
                    await using var writer = PacedWriter.Start(load, bodies, posted, rate, cancellationToken);
                    foreach (var path in Paths)
                    {
                        var result = await StatsSuite.LoadAsync(app.BaseAddress, path, cancellationToken);
                        if (rate == 0)
                        {
                            withoutWrites[path] = result.P99Ms;
                        }

                        Record(table, reports, path, rate, result, result.P99Ms / withoutWrites[path]);
                    }

                    posted += await writer.StopAsync();
                    table.Note(string.Create(CultureInfo.InvariantCulture, $"{Name}: {rate} writes/s asked, {writer.Posted} reports posted in {writer.Elapsed.TotalSeconds:F0} s, load average {LoadAverage()}"));
                }
            }

            var verify = Stopwatch.StartNew();
            await AppUnderTest.RunVerbAsync(folder, database, TimeSpan.FromMinutes(10), cancellationToken, "stats", "verify");
            table.Note(string.Create(CultureInfo.InvariantCulture, $"{Name}: stats verify on the file after the runs: exit 0 in {verify.Elapsed.TotalSeconds:F0} s"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Record(ResultTable table, int reports, string path, int rate, WrkResult result, double ratio)
    {
        var cell = string.Create(CultureInfo.InvariantCulture, $"{reports:N0} reports, {rate} writes/s: GET {path}");
        table.Add(Name, $"{cell} (ratio = p99 ÷ p99 without writes)", (int)result.Requests, TimeSpan.FromSeconds(10), ratio);
        var target = path.StartsWith("/api/", StringComparison.Ordinal)
            ? $"API p99 < 20 ms: {(result.P99Ms < 20 ? "PASS" : "MISS")}"
            : rate == 0 ? $"≥ 2,000 pages/s: {(result.Requests / 10 >= 2000 ? "PASS" : "MISS")}" : "";
        var writes = rate == 0 ? "" : $"p99 ≤ 2× without writes: {(ratio <= 2 ? "PASS" : "MISS")}; ";
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {cell}: p50 {result.P50Ms:F1} ms, p90 {result.P90Ms:F1} ms, p99 {result.P99Ms:F1} ms, {result.Requests / 10:F0} req/s, {result.Errors} errors, p99 ratio {ratio:F2}×; {writes}{target}"));
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>Posts one report every 1/rate seconds (not waiting for the previous answer) until stopped.</summary>
    private sealed class PacedWriter : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop;
        private readonly Task _loop;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<Task> _posts = [];
        private int _posted;

        private PacedWriter(CancellationTokenSource stop, Func<PacedWriter, Task> loop)
        {
            _stop = stop;
            _loop = loop(this);
        }

        public int Posted => _posted;

        public TimeSpan Elapsed => _clock.Elapsed;

        public static PacedWriter Start(ParcelPostLoad load, List<byte[]> bodies, int first, int rate, CancellationToken cancellationToken)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            return new PacedWriter(stop, async writer =>
            {
                if (rate == 0)
                {
                    return;
                }

                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / rate));
                for (var next = first; next < bodies.Count && await Ticked(timer, stop.Token); next++)
                {
                    writer._posts.Add(PostAsync(writer, load, bodies[next], cancellationToken));
                }
            });
        }

        private static async Task PostAsync(PacedWriter writer, ParcelPostLoad load, byte[] body, CancellationToken cancellationToken)
        {
            await load.PostAllAsync([body], cancellationToken);
            Interlocked.Increment(ref writer._posted);
        }

        private static async Task<bool> Ticked(PeriodicTimer timer, CancellationToken cancellationToken)
        {
            try
            {
                return await timer.WaitForNextTickAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        /// <summary>Stops posting, waits for the posts under way (any failure stops the run) and returns how many were sent.</summary>
        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _clock.Stop();
            await Task.WhenAll(_posts);
            return _posts.Count;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_stop.IsCancellationRequested)
            {
                await StopAsync();
            }

            _stop.Dispose();
        }
    }
}
