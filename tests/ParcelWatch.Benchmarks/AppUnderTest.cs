using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// The web app's Release build (<c>ParcelWatch.Web.dll</c>, copied beside the benchmark by the project reference),
/// run as a child process on a free 127.0.0.1 port against its own database (a SQLite file, or a PostgreSQL database), as
/// it runs in production.
/// Disposing kills it (with its children) and waits for it to exit.
/// </summary>
internal sealed class AppUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan VerbTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly OutputTail _output;

    private AppUnderTest(Process process, OutputTail output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Live managed memory: dotnet-gcdump (a local tool of the repository) forces a full collection in the server and
    /// counts what survives, the garbage collector's slack (which resident memory includes) left out. Returns the bytes
    /// and the report's largest types.
    /// </summary>
    public async Task<(long Bytes, string LargestTypes)> LiveManagedMemoryAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "tool", "run", "dotnet-gcdump", "report", "-p", ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var gcdump = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start");
        var lines = (await gcdump.StandardOutput.ReadToEndAsync(cancellationToken)).Split('\n');
        await gcdump.WaitForExitAsync(cancellationToken);
        var total = lines.FirstOrDefault(l => l.TrimEnd().EndsWith("GC Heap bytes", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"dotnet-gcdump printed no heap size (run 'dotnet tool restore'):{Environment.NewLine}{string.Join('\n', lines)}");
        var types = lines.SkipWhile(l => !l.Contains("Object Bytes", StringComparison.Ordinal)).Take(11);
        return (long.Parse(total.Trim().Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture),
            string.Join('\n', types));
    }

    /// <summary>CPU time the server has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts the server (the build beside the benchmark, or <paramref name="appFolder"/>) on <paramref name="database"/> and waits until <c>/health/ready</c> answers 200; rate limits
    /// are lifted (a benchmark client is a flood) unless <paramref name="realRateLimits"/>.
    /// </summary>
    public static async Task<AppUnderTest> StartAsync(
        string workingDirectory, AppDatabase database, CancellationToken cancellationToken, bool realRateLimits = false, string? appFolder = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var output = new OutputTail();
        var process = Start(workingDirectory, database, output, realRateLimits, appFolder, "--urls", baseAddress.ToString().TrimEnd('/'));
        var app = new AppUnderTest(process, output, baseAddress);
        try
        {
            await app.WaitUntilReadyAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <c>ParcelWatch.Web.dll migrate</c>: creates the schema (WAL on SQLite, seeded catalogue) in a new database.</summary>
    public static Task MigrateAsync(string workingDirectory, AppDatabase database, CancellationToken cancellationToken) =>
        RunVerbAsync(workingDirectory, database, VerbTimeout, cancellationToken, "migrate");

    /// <summary>Runs a verb of the app (<c>seed-demo --reports N</c>, say) on the database and fails unless it exits with 0.</summary>
    public static async Task RunVerbAsync(
        string workingDirectory, AppDatabase database, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        var output = new OutputTail();
        using var process = Start(workingDirectory, database, output, realRateLimits: true, appFolder: null, arguments);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
        }
        finally
        {
            Stop(process);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}:{Environment.NewLine}{output}");
        }
    }

    /// <summary>The server's resident and peak memory (VmRSS, VmHWM) in bytes, from /proc.</summary>
    public (long Resident, long Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        long Field(string name) => long.Parse(status.Single(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    /// <summary>Resets the peak (VmHWM) to the current resident size, so that a later peak belongs to what ran since.</summary>
    public void ResetPeakMemory() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    public async ValueTask DisposeAsync()
    {
        Stop(_process);
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"warning: the app (pid {_process.Id}) did not exit within 10 s of being killed");
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(StartTimeout);
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} before it was ready:{Environment.NewLine}{_output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), bounded.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!bounded.IsCancellationRequested)
            {
                // One request timed out; the overall bound decides.
            }

            try
            {
                await Task.Delay(100, bounded.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        throw new InvalidOperationException($"/health/ready did not answer 200 within {StartTimeout.TotalSeconds:F0} s:{Environment.NewLine}{_output}");
    }

    /// <summary>Runs the build beside the benchmark, or the one in <paramref name="appFolder"/> (a publish folder).</summary>
    private static Process Start(string workingDirectory, AppDatabase database, OutputTail output, bool realRateLimits, string? appFolder, params string[] arguments)
    {
        appFolder ??= AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "ParcelWatch.Web.dll"));
        // The content root is the build folder, so that appsettings.json is read as in a deployment.
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(appFolder);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__ParcelWatch"] = database.ConnectionString;
        start.Environment["Database__DataDirectory"] = workingDirectory; // import files; a SQLite file's folder wins
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // A load test is one client posting as fast as it can: above every rate limit on purpose.
        foreach (var limit in realRateLimits ? [] : new[] { "AccountPostsPerIpPerMinute", "SignInsPerAccountPerMinute", "ReportsPerUserPerMinute", "ExportsPerIpPerMinute" })
        {
            start.Environment[$"RateLimits__{limit}"] = "100000000";
        }


        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet'.");
        process.OutputDataReceived += (_, line) => output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => output.Add(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines the child printed, for the error message when it fails.</summary>
    private sealed class OutputTail
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                while (_lines.Count > 40)
                {
                    _lines.Dequeue();
                }
            }
        }

        public override string ToString()
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }
}
