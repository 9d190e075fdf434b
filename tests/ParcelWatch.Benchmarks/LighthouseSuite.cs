using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// Lighthouse 12 (npm, pinned in lighthouse/package.json) with its mobile preset and simulated slow 4G, in Debian's
/// Chromium, against a publish build in Production on 3,000 demo reports: the scores, LCP, blocking time and bytes of a first visit
/// to each reading page. The sign-in page, light and static, is the baseline of the ratios.
/// Not part of <c>all</c>: it needs Node and takes a few minutes.
/// </summary>
internal static class LighthouseSuite
{
    private const string Baseline = "/Account/Login"; // light and static; Lighthouse refuses to audit a 404
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string[] Pages = [Baseline, "/", "/stats", "/stats/points/orenburg", "/stats/declarations", "/refund-guide"];
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    // Lighthouse's own advice for a noisy machine: the median of several runs. Its simulated 4× slower CPU scales what
    // the host's CPU gives, which on this shared 2-core machine varies twofold from one run to the next (the benchmark
    // index in the table).
    private const int RunsPerPage = 3;

    public static async Task RunAsync(ResultTable table, CancellationToken cancellationToken)
    {
        await DebianPackage.EnsureInstalledAsync(ChromiumPath, "chromium", cancellationToken);
        var lighthouse = await InstallLighthouseAsync(cancellationToken);
        var work = Directory.CreateTempSubdirectory("parcelwatch-lighthouse-");
        try
        {
            var published = Path.Combine(work.FullName, "app");
            Console.WriteLine($"lighthouse: dotnet publish -c Release into {published}");
            await RunAsync("dotnet", ["publish", ScaleOutSuite.RepositoryFile("src/ParcelWatch.Web/ParcelWatch.Web.csproj"), "-c", "Release", "-o", published, "-nodeReuse:false"],
                work.FullName, TimeSpan.FromMinutes(5), cancellationToken);

            var demo = await DemoDatabase.PrepareAsync("lighthouse", cancellationToken, reports: 3000);
            var database = Path.Combine(work.FullName, "demo.db");
            File.Copy(demo, database);
            await using var app = await AppUnderTest.StartAsync(work.FullName, AppDatabase.Sqlite(database), cancellationToken, appFolder: published);

            var results = new List<(string Page, Report Report)>();
            foreach (var page in Pages)
            {
                var runs = new List<Report>();
                for (var run = 0; run < RunsPerPage; run++)
                {
                    runs.Add(await AuditAsync(lighthouse, new Uri(app.BaseAddress, page), work.FullName, cancellationToken));
                }

                results.Add((page, Median(runs)));
            }

            Print(results, table);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The scores (0–100), LCP, total blocking time and bytes of one Lighthouse run, and the host's speed.</summary>
    private sealed record Report(
        IReadOnlyDictionary<string, int> Scores, double LcpMilliseconds, double BlockingMilliseconds, long Bytes, double BenchmarkIndex, IReadOnlyList<string> Failed);

    /// <summary>
    /// Each number the median of its own over the runs (the middle one of three), so that a score and an LCP in one row
    /// need not come from the same run. A list of audits has no median: those of the run with the median performance score.
    /// </summary>
    private static Report Median(List<Report> runs) => new(
        Categories.ToDictionary(c => c, c => Median(runs, r => r.Scores[c])),
        Median(runs, r => r.LcpMilliseconds),
        Median(runs, r => r.BlockingMilliseconds),
        Median(runs, r => r.Bytes),
        Median(runs, r => r.BenchmarkIndex),
        runs.OrderBy(r => r.Scores["performance"]).ThenBy(r => r.LcpMilliseconds).ElementAt(runs.Count / 2).Failed);

    private static T Median<T>(List<Report> runs, Func<Report, T> value) => runs.Select(value).Order().ElementAt(runs.Count / 2);

    private static async Task<Report> AuditAsync(string lighthouse, Uri url, string work, CancellationToken cancellationToken)
    {
        var output = Path.Combine(work, "report.json");
        await RunAsync("node", [lighthouse, url.ToString(), "--output=json", $"--output-path={output}", "--quiet",
                $"--only-categories={string.Join(',', Categories)}", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
            work, TimeSpan.FromMinutes(2), cancellationToken);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output, cancellationToken));
        var root = json.RootElement;
        var scores = Categories.ToDictionary(c => c, c => (int)Math.Round(root.GetProperty("categories").GetProperty(c).GetProperty("score").GetDouble() * 100));
        var audits = root.GetProperty("audits");
        // Audits that count towards a category and did not pass, to say what keeps a score below 100.
        var failed = Categories
            .SelectMany(c => root.GetProperty("categories").GetProperty(c).GetProperty("auditRefs").EnumerateArray()
                .Where(r => r.GetProperty("weight").GetDouble() > 0)
                .Select(r => r.GetProperty("id").GetString()!))
            .Distinct()
            .Where(id => audits.GetProperty(id).GetProperty("score") is { ValueKind: JsonValueKind.Number } s && s.GetDouble() < 0.9)
            .ToList();
        return new Report(
            scores,
            audits.GetProperty("largest-contentful-paint").GetProperty("numericValue").GetDouble(),
            audits.GetProperty("total-blocking-time").GetProperty("numericValue").GetDouble(),
            (long)audits.GetProperty("total-byte-weight").GetProperty("numericValue").GetDouble(),
            root.GetProperty("environment").GetProperty("benchmarkIndex").GetDouble(),
            failed);
    }

    private static void Print(List<(string Page, Report Report)> results, ResultTable table)
    {
        var baseline = results.Single(r => r.Page == Baseline).Report;
        Console.WriteLine();
        Console.WriteLine($"Median of {RunsPerPage} runs per page, each number on its own (audits: of the median performance run):");
        Console.WriteLine("| page | performance | accessibility | best practices | SEO | LCP (s) | TBT (ms) | KB transferred | LCP ÷ baseline | bytes ÷ baseline | benchmark index | audits below 0.9 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (page, report) in results)
        {
            var s = report.Scores;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{page}` | {s["performance"]} | {s["accessibility"]} | {s["best-practices"]} | {s["seo"]} | {report.LcpMilliseconds / 1000:F2} | {report.BlockingMilliseconds:F0} | {report.Bytes / 1024} | {report.LcpMilliseconds / baseline.LcpMilliseconds:F2} | {(double)report.Bytes / baseline.Bytes:F2} | {report.BenchmarkIndex:F0} | {string.Join(", ", report.Failed)} |"));
        }

        table.Note($"lighthouse: {results.Count} pages audited (table above); baseline {Baseline}.");
    }

    /// <summary>Lighthouse's CLI from tests/ParcelWatch.Benchmarks/lighthouse, installed with <c>npm ci</c> the first time.</summary>
    private static async Task<string> InstallLighthouseAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(ScaleOutSuite.RepositoryFile("tests/ParcelWatch.Benchmarks/lighthouse/package.json"))!;
        var cli = Path.Combine(folder, "node_modules", "lighthouse", "cli", "index.js");
        if (!File.Exists(cli))
        {
            Console.WriteLine("lighthouse: npm ci (Lighthouse 12.2.3, as package-lock.json pins it)");
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5), cancellationToken);
        }

        return cli;
    }

    private static async Task RunAsync(string program, string[] arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROME_PATH"] = ChromiumPath;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{program}'.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}:{Environment.NewLine}{await stdout}{await stderr}");
        }
    }
}
