using System.Collections.Concurrent;
using System.Diagnostics;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// The web executable (built beside the tests) serving on a free 127.0.0.1 port in Production, its console output
/// kept: for tests that read the real logs or kill the process with SIGKILL and start it again on the same file.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private AppServer(Process process, ConcurrentQueue<string> output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the app; <paramref name="settings"/> become environment variables (<c>Serilog__MinimumLevel__Default</c>…).</summary>
    public static async Task<AppServer> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ParcelWatch.Web.dll"));
        start.ArgumentList.Add("--contentRoot"); // its appsettings.json, as deployed (the console log sink is configured there)
        start.ArgumentList.Add(AppContext.BaseDirectory);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__ParcelWatch"] = connectionString;
        foreach (var (key, value) in ParcelWatchFactory.GenerousRateLimits)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.ErrorDataReceived += (_, line) => output.Enqueue(line.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppServer(process, output, baseAddress);
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>SIGKILL: no shutdown, no flush; what the operating system does to a crashed or killed process.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        if (!await Readiness.WaitAsync(_process, BaseAddress, "/health/ready", TimeSpan.FromMinutes(1)))
        {
            throw new InvalidOperationException($"The app did not become ready:{Environment.NewLine}{Output}");
        }
    }
}
