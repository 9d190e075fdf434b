using System.Diagnostics;
using System.Globalization;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>--profile</c>: for about as long as a suite's timed part runs, dotnet-trace samples the server's thread stacks
/// and dotnet-counters records its runtime counters (both local tools of the repository, stopped by their own
/// <c>--duration</c>: neither stops on a signal when started without a console). Afterwards the table gets the methods
/// longest on the stack (exclusive time) and the counters' means and peaks; the trace file stays for PerfView or
/// speedscope. Profiling slows the server, so the figures of a profiled run are not the suite's figures.
/// </summary>
internal sealed class ServerProfile : IAsyncDisposable
{
    private static readonly string[] Counters =
    [
        "dotnet.process.cpu.time", "dotnet.gc.heap.total_allocated", "dotnet.gc.last_collection.heap.size",
        "dotnet.gc.pause.time", "dotnet.gc.collections", "dotnet.thread_pool.queue.length",
        "dotnet.thread_pool.thread.count", "dotnet.monitor.lock_contentions",
    ];

    private readonly ResultTable _table;
    private readonly string _what;
    private readonly string _tracePath;
    private readonly string _countersPath;
    private readonly Process _trace;
    private readonly Process _counters;

    private ServerProfile(ResultTable table, string what, string tracePath, string countersPath, Process trace, Process counters)
    {
        _table = table;
        _what = what;
        _tracePath = tracePath;
        _countersPath = countersPath;
        _trace = trace;
        _counters = counters;
    }

    /// <summary>Set by <c>--profile</c>.</summary>
    public static bool Enabled { get; set; }

    /// <summary>Starts both tools on the app for <paramref name="duration"/> when <see cref="Enabled"/>; null otherwise.</summary>
    public static async Task<ServerProfile?> StartAsync(ResultTable table, AppUnderTest app, string what, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), "parcelwatch-profiles");
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{string.Concat(what.Where(char.IsLetterOrDigit))}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        var pid = app.ProcessId.ToString(CultureInfo.InvariantCulture);
        var until = duration.ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture);
        var trace = Tool(false, "dotnet-trace", "collect", "-p", pid, "--profile", "dotnet-common,dotnet-sampled-thread-time",
            "--duration", until, "-o", stem + ".nettrace");
        var counters = Tool(false, "dotnet-counters", "collect", "-p", pid, "--format", "csv", "-o", stem + ".csv",
            "--duration", until, "--counters", $"System.Runtime[{string.Join(',', Counters)}]");
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // both sessions attached before the timed part
        Console.WriteLine($"profile: tracing {what} into {stem}.nettrace and {stem}.csv");
        return new ServerProfile(table, what, stem + ".nettrace", stem + ".csv", trace, counters);
    }

    /// <summary>Waits for both tools to end their sessions, then reports.</summary>
    public async ValueTask DisposeAsync()
    {
        using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await Task.WhenAll(_trace.WaitForExitAsync(bounded.Token), _counters.WaitForExitAsync(bounded.Token));
        _trace.Dispose();
        _counters.Dispose();

        using var report = Tool(true, "dotnet-trace", "report", _tracePath, "topN", "-n", "12");
        var top = await report.StandardOutput.ReadToEndAsync(bounded.Token);
        await report.WaitForExitAsync(bounded.Token);
        _table.Note($"profile of {_what} ({_tracePath}), methods longest on the stack, exclusive:{Environment.NewLine}{top.TrimEnd()}");
        _table.Note($"profile of {_what}, runtime counters (mean / max over the run):{Environment.NewLine}{SummarizeCounters()}");
    }

    /// <summary>Each counter's mean and maximum from dotnet-counters' CSV (Timestamp,Provider,Counter Name,Counter Type,Mean/Increment).</summary>
    private string SummarizeCounters() =>
        string.Join(Environment.NewLine, File.ReadLines(_countersPath).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells.Length >= 5 && double.TryParse(cells[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .GroupBy(cells => string.Join(',', cells[2..^2]))
            .Select(counter =>
            {
                var values = counter.Select(cells => double.Parse(cells[^1], CultureInfo.InvariantCulture)).ToList();
                return string.Create(CultureInfo.InvariantCulture, $"  {counter.Key}: {values.Average():N1} / {values.Max():N1}");
            }));

    /// <summary>Runs a local tool; its output is drained (so a full pipe never blocks it) unless the caller reads it.</summary>
    private static Process Tool(bool readOutput, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("tool");
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (run 'dotnet tool restore')");
        if (!readOutput)
        {
            _ = process.StandardOutput.ReadToEndAsync();
        }

        _ = process.StandardError.ReadToEndAsync();
        return process;
    }
}
