using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using ParcelWatch.Benchmarks;

// dotnet run -c Release --project tests/ParcelWatch.Benchmarks -- <suite> [--reports N] [--workers C] [--warmup W]
// --profile: dotnet-trace and dotnet-counters watch the server during the timed part (ServerProfile).
// Suites: micro (BenchmarkDotNet), circuits [--circuits N tabs], parcels-post, stats, growth [--largest N], merges (with candidates), candidates, login-flood, import, scale-out (PostgreSQL, nginx), mixed [--largest 5000000] (readers and writers at once; not in all: about 3 minutes at 1M); all (every suite); lighthouse (Node; not in all). See docs/benchmarks.md.
const string Usage = "usage: ParcelWatch.Benchmarks <micro|circuits|parcels-post|stats|growth|merges|candidates|login-flood|import|scale-out|mixed|lighthouse|all> [--reports N (default 20000; import: 1000000)] [--workers C (default 64)] [--warmup W (default 10000)] [--circuits N (default 100)] [--largest N (growth, mixed: 10000, 100000, 1000000 (default) or 5000000)] [--profile (parcels-post, stats, import: dotnet-trace and dotnet-counters on the server)]";

if (!TryParse(args, out var suite, out var options))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var machine = string.Create(CultureInfo.InvariantCulture,
    $"machine: {Environment.ProcessorCount} processors, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"{machine}; load average before: {LoadAverage()}");

// Everything, start-up included, must finish in this time; each wait inside has its own, shorter bound too.
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
var table = new ResultTable();
try
{
    if (suite is "micro" or "all")
    {
        MicroSuite.Run(table);
    }

    if (suite is "parcels-post" or "all")
    {
        await ParcelsPostSuite.RunAsync(table, options, timeout.Token);
    }

    if (suite is "stats" or "all")
    {
        await StatsSuite.RunAsync(table, timeout.Token);
    }

    if (suite is "growth" or "all")
    {
        await GrowthSuite.RunAsync(table, options.Largest, timeout.Token);
    }

    if (suite is "merges" or "all")
    {
        await MergesSuite.RunAsync(table, pairs: 1000, timeout.Token);
    }

    if (suite is "candidates" or "merges" or "all")
    {
        await CandidateDetection.RunAsync(table, timeout.Token);
    }

    if (suite is "login-flood" or "all")
    {
        await LoginFloodSuite.RunAsync(table, timeout.Token);
    }

    if (suite is "circuits" or "all")
    {
        await CircuitsSuite.RunAsync(table, options.Circuits, timeout.Token);
    }

    if (suite is "import" or "all")
    {
        await ImportSuite.RunAsync(table, args.Contains("--reports") ? options.Reports : 1_000_000, timeout.Token);
    }

    if (suite is "mixed")
    {
        await MixedSuite.RunAsync(table, options.Largest, timeout.Token);
    }

    if (suite is "scale-out" or "all")
    {
        await ScaleOutSuite.RunAsync(table, timeout.Token);
    }

    if (suite is "lighthouse")
    {
        await LighthouseSuite.RunAsync(table, timeout.Token);
    }
}
catch (Exception error) when (error is OperationCanceledException or InvalidOperationException or HttpRequestException or IOException or DbException)
{
    Console.Error.WriteLine(timeout.IsCancellationRequested ? "FAILED: the benchmark did not finish within 15 minutes." : $"FAILED: {error.Message}");
    table.Note("FAILED before the end: the rows above are the suites that finished.");
    table.Print(Console.Out);
    return 1;
}

table.Note($"{machine}; load average after: {LoadAverage()} (other work on the machine skews every figure)");
table.Print(Console.Out);
return 0;

// The 1, 5 and 15 minute load averages (Linux), to tell a quiet machine from a busy one.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static bool TryParse(string[] args, out string suite, out ParcelsPostSuite.Options options)
{
    suite = args.Length > 0 ? args[0] : "";
    options = new ParcelsPostSuite.Options();
    if (suite is not ("micro" or "circuits" or "parcels-post" or "stats" or "growth" or "merges" or "candidates" or "login-flood" or "import" or "scale-out" or "mixed" or "lighthouse" or "all"))
    {
        return false;
    }

    ServerProfile.Enabled = args.Contains("--profile");
    args = args.Where(argument => argument != "--profile").ToArray();
    for (var i = 1; i < args.Length; i += 2)
    {
        var value = i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var number) ? number : -1;
        switch (args[i])
        {
            case "--reports" when value is >= 100 and <= 1_000_000:
                options = options with { Reports = value };
                break;
            case "--workers" when value is >= 1 and <= 256:
                options = options with { Workers = value };
                break;
            case "--warmup" when value is >= 0 and <= 1_000_000:
                options = options with { WarmUp = value };
                break;
            case "--circuits" when value is >= 1 and <= 2_000:
                options = options with { Circuits = value };
                break;
            case "--largest" when GrowthSuite.Sizes.Contains(value):
                options = options with { Largest = value };
                break;
            default:
                return false;
        }
    }

    return true;
}
