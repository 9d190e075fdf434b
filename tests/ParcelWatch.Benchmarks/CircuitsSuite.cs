using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>circuits</c>: N Chromium pages (Debian's chromium, driven by Playwright) left open on one page of the Release app
/// with 10,000 demo reports, for two pages in turn. The Statistics page is rendered statically (ADR-013): its readers
/// hold no circuit, and this measures what N open tabs cost the server all the same. A report's page (the first demo
/// report), open to anyone, is the interactive page for comparison: there each tab holds a real Blazor Server circuit.
/// Measured per page:
/// the time from navigation until the page is usable (loaded; for an interactive page, the layout marks
/// <c>data-interactive='true'</c> once the circuit is up), and the server's live managed and resident memory once
/// every tab is open and idle, against the same server just before (the baseline). Resident memory includes the garbage
/// collector's slack, so the figure per tab is an upper bound.
/// </summary>
internal static class CircuitsSuite
{
    public const string Name = "circuits";
    public const double TargetBytesPerReader = 500 * 1024;

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private sealed record Target(string Path, string Ready, bool IsTargeted);

    private static readonly Target[] Targets =
    [
        new("stats", ".mud-layout[data-interactive='static']", IsTargeted: true),
        new("parcels/1", ".mud-layout[data-interactive='true']", IsTargeted: false),
    ];

    public static async Task RunAsync(ResultTable table, int tabs, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-bench-circuits-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "app.db");
            await AppUnderTest.RunVerbAsync(folder.FullName, AppDatabase.Sqlite(databasePath), TimeSpan.FromMinutes(2), cancellationToken, "seed-demo", "--reports", "10000");
            await using var app = await AppUnderTest.StartAsync(folder.FullName, AppDatabase.Sqlite(databasePath), cancellationToken);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--renderer-process-limit=4"] });
            foreach (var target in Targets)
            {
                var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
                await MeasureAsync(table, app, context, target, tabs, cancellationToken);
                await context.CloseAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task MeasureAsync(ResultTable table, AppUnderTest app, IBrowserContext context, Target target, int tabs, CancellationToken cancellationToken)
    {
        await OpenAsync(context, target); // warms the server up: JIT, caches, the first circuit
        await Task.Delay(Settle, cancellationToken);
        var before = app.Memory().Resident;
        var (liveBefore, _) = await app.LiveManagedMemoryAsync(cancellationToken);
        Console.WriteLine($"{Name}: opening {tabs} tabs on /{target.Path} (server resident memory with one open: {before / 1048576} MB)");
        var started = Stopwatch.GetTimestamp();
        var times = new List<TimeSpan>();
        for (var i = 0; i < tabs; i++)
        {
            times.Add(await OpenAsync(context, target));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        await Task.Delay(Settle, cancellationToken);
        var after = app.Memory().Resident;
        var (liveAfter, largestTypes) = await app.LiveManagedMemoryAsync(cancellationToken);
        Console.WriteLine($"{Name}: largest types on the server's heap with {tabs + 1} tabs open on /{target.Path}:{Environment.NewLine}{largestTypes}");
        var perTab = (double)(liveAfter - liveBefore) / tabs;
        var residentPerTab = (double)(after - before) / tabs;
        var projected = before + (1000 * Math.Max(0, residentPerTab));
        times.Sort();
        table.Add(Name, $"open /{target.Path} until usable, one after another (p50 {Ms(times, 0.5)} ms, p95 {Ms(times, 0.95)} ms)", tabs, elapsed, 1);
        var verdicts = target.IsTargeted
            ? string.Create(CultureInfo.InvariantCulture, $" target ≤ 500 KB per idle reader: {(perTab <= TargetBytesPerReader ? "PASS" : "MISS")};")
            : " (no target: an interactive circuit, for comparison);";
        var projectedVerdict = target.IsTargeted ? $", target < 1 GB: {(projected < 1024 * 1048576.0 ? "PASS" : "MISS")}" : "";
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"{Name} /{target.Path}: live managed memory (after a full collection) {liveBefore / 1048576.0:F1} MB with one tab, {liveAfter / 1048576.0:F1} MB with {tabs + 1}: {perTab / 1024:F0} KB per idle tab;{verdicts} resident memory {before / 1048576} → {after / 1048576} MB ({residentPerTab / 1024:F0} KB per tab, garbage-collector slack included); 1,000 tabs projected at {projected / 1048576:F0} MB resident{projectedVerdict}"));
    }

    /// <summary>A new tab on the target page, left open; the time until the page is usable.</summary>
    private static async Task<TimeSpan> OpenAsync(IBrowserContext context, Target target)
    {
        var page = await context.NewPageAsync();
        var started = Stopwatch.GetTimestamp();
        await page.GotoAsync(target.Path);
        await page.Locator(target.Ready).WaitForAsync(new() { Timeout = 60_000 });
        return Stopwatch.GetElapsedTime(started);
    }

    private static string Ms(List<TimeSpan> sorted, double quantile) =>
        sorted[(int)Math.Min(sorted.Count - 1, quantile * sorted.Count)].TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
