using System.Diagnostics;
using System.Globalization;

namespace ParcelWatch.Benchmarks;

/// <summary>Latency percentiles and counts of one wrk run (errors: connection errors and non-2xx/3xx answers).</summary>
internal sealed record WrkResult(double Requests, double Errors, double P50Ms, double P90Ms, double P95Ms, double P99Ms);

/// <summary>Runs Debian's wrk against 127.0.0.1 for a bounded time, with <c>wrk-percentiles.lua</c> printing the figures.</summary>
internal static class Wrk
{
    /// <summary>GETs <paramref name="url"/>, or POSTs <paramref name="jsonBody"/> to it, from <paramref name="connections"/> connections.</summary>
    public static async Task<WrkResult> RunAsync(Uri url, int connections, TimeSpan duration, CancellationToken cancellationToken, string? jsonBody = null, int threads = 2)
    {
        await DebianPackage.EnsureInstalledAsync("/usr/bin/wrk", "wrk", cancellationToken);
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-t{threads}", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "-s", Path.Combine(AppContext.BaseDirectory, "wrk-percentiles.lua"), url.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        if (jsonBody is not null)
        {
            start.Environment["WRK_BODY"] = jsonBody;
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = await wrk.StandardOutput.ReadToEndAsync(cancellationToken);
        await wrk.WaitForExitAsync(cancellationToken);
        var values = output.Split('\n').Select(l => l.Split(' ')).Where(p => p.Length == 2 && double.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        return values.TryGetValue("p95_us", out var p95)
            ? new WrkResult(values["requests"], values["errors"], values["p50_us"] / 1000, values["p90_us"] / 1000, p95 / 1000, values["p99_us"] / 1000)
            : throw new InvalidOperationException($"wrk printed no percentiles:{Environment.NewLine}{output}");
    }
}
