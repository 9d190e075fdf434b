using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>circuits</c>: N real Blazor Server circuits, each a Chromium page (Debian's chromium, driven by Playwright) on the
/// Statistics page of the Release app with 10,000 demo reports. Measured: the time from navigation to the first
/// interactive render (the layout marks <c>data-interactive='true'</c> once the circuit is up) for each page, and the
/// server's resident memory once every circuit is open and idle, against the same server with one page open
/// (the baseline). Resident memory includes the garbage collector's slack, so the figure per circuit is an upper bound.
/// </summary>
internal static class CircuitsSuite
{
    public const string Name = "circuits";
    public const double TargetBytesPerCircuit = 500 * 1024;

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(ResultTable table, int circuits, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-bench-circuits-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "app.db");
            await AppUnderTest.RunVerbAsync(folder.FullName, AppDatabase.Sqlite(databasePath), TimeSpan.FromMinutes(2), cancellationToken, "seed-demo", "--reports", "10000");
            await using var app = await AppUnderTest.StartAsync(folder.FullName, AppDatabase.Sqlite(databasePath), cancellationToken);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--renderer-process-limit=4"] });
            var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });

            await OpenAsync(context); // warms the server up: JIT, caches, the first circuit
            await Task.Delay(Settle, cancellationToken);
            var before = app.Memory().Resident;
            var (liveBefore, _) = await app.LiveManagedMemoryAsync(cancellationToken);
            Console.WriteLine($"{Name}: opening {circuits} circuits on /stats (server resident memory with one open: {before / 1048576} MB)");
            var started = Stopwatch.GetTimestamp();
            var times = new List<TimeSpan>();
            for (var i = 0; i < circuits; i++)
            {
                times.Add(await OpenAsync(context));
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            await Task.Delay(Settle, cancellationToken);
            var after = app.Memory().Resident;
            var (liveAfter, largestTypes) = await app.LiveManagedMemoryAsync(cancellationToken);
            Console.WriteLine($"{Name}: largest types on the server's heap with {circuits + 1} circuits open:{Environment.NewLine}{largestTypes}");
            var perCircuit = (double)(liveAfter - liveBefore) / circuits;
            var residentPerCircuit = (double)(after - before) / circuits;
            var projected = before + (1000 * residentPerCircuit);
            times.Sort();
            table.Add(Name, $"open /stats to interactive, one after another (p50 {Ms(times, 0.5)} ms, p95 {Ms(times, 0.95)} ms)", circuits, elapsed, 1);
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: live managed memory (after a full collection) {liveBefore / 1048576} MB with one circuit, {liveAfter / 1048576} MB with {circuits + 1}: {perCircuit / 1024:F0} KB per idle circuit, target ≤ 500 KB: {(perCircuit <= TargetBytesPerCircuit ? "PASS" : "MISS")}; resident memory {before / 1048576} → {after / 1048576} MB ({residentPerCircuit / 1024:F0} KB per circuit, garbage-collector slack included); 1,000 circuits projected at {projected / 1048576:F0} MB resident, target < 1 GB: {(projected < 1024 * 1048576.0 ? "PASS" : "MISS")}"));
            await context.CloseAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A new page on /stats, left open; the time until its circuit has rendered interactively.</summary>
    private static async Task<TimeSpan> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var started = Stopwatch.GetTimestamp();
        await page.GotoAsync("stats");
        await page.Locator(".mud-layout[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
        return Stopwatch.GetElapsedTime(started);
    }

    private static string Ms(List<TimeSpan> sorted, double quantile) =>
        sorted[(int)Math.Min(sorted.Count - 1, quantile * sorted.Count)].TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
