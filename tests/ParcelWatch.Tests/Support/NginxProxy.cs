using System.Diagnostics;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// Debian's nginx in front of two app instances with the repository's example configuration,
/// docs/deploy/nginx-parcelwatch.conf (copied, only its three ports changed), inside a minimal main configuration
/// that keeps everything nginx writes in a temp folder. Its access log names the instance that answered each request
/// (<c>$upstream_addr</c>), so a test knows where a request went without guessing nginx's hash.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private static readonly string[] ExampleUpstreams = ["127.0.0.1:5001", "127.0.0.1:5002"];

    private readonly Process _process;
    private readonly DirectoryInfo _folder;
    private readonly Task<string> _stderr;

    private NginxProxy(Process process, DirectoryInfo folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        _stderr = process.StandardError.ReadToEndAsync();
        BaseAddress = baseAddress;
    }

    /// <summary>One access-log line: the request and the upstream addresses nginx tried, the last one answered.</summary>
    public sealed record Entry(string Method, string Path, int Status, IReadOnlyList<string> Upstreams)
    {
        public string? AnsweredBy => Upstreams[^1] == "-" ? null : Upstreams[^1];

        public override string ToString() => $"{Method} {Path} {Status} {string.Join(", ", Upstreams)}";
    }

    public Uri BaseAddress { get; }

    public string ErrorLog => ReadLog("error.log") + (_stderr.IsCompletedSuccessfully ? _stderr.Result : string.Empty);

    public IReadOnlyList<Entry> AccessLog => ReadLog("access.log")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split('|'))
        .Select(f => new Entry(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3].Split([", ", " : "], StringSplitOptions.None)))
        .ToList();

    /// <summary>Starts nginx on a free port in front of <paramref name="upstreams"/> (as many as the example has).</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> upstreams)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-nginx-");
        var port = FreePorts.Next();
        var example = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "deploy", "nginx-parcelwatch.conf"));
        example = ReplaceOnce(example, "listen 127.0.0.1:8080;", $"listen 127.0.0.1:{port};");
        foreach (var (from, to) in ExampleUpstreams.Zip(upstreams, (from, to) => (from, to.Authority)))
        {
            example = ReplaceOnce(example, from, to);
        }

        var site = Path.Combine(folder.FullName, "parcelwatch.conf");
        await File.WriteAllTextAsync(site, example);
        var main = Path.Combine(folder.FullName, "nginx.conf");
        await File.WriteAllTextAsync(main, MainConfiguration(folder.FullName, site));

        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true };
        foreach (var argument in new[] { "-p", folder.FullName + "/", "-c", main, "-e", Path.Combine(folder.FullName, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var proxy = new NginxProxy(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await proxy.WaitUntilReadyAsync();
            return proxy;
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _folder.Delete(recursive: true);
    }

    /// <summary>
    /// Everything in the temp folder; the access log in a format the tests read. Run as root (the CI machine), nginx
    /// would start its workers as <c>nobody</c>, who cannot enter the private temp folder to buffer large answers.
    /// </summary>
    private static string MainConfiguration(string folder, string site) => $$"""
        {{(Environment.IsPrivilegedProcess ? "user root;" : string.Empty)}}
        daemon off;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log warn;
        events {}
        http {
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            log_format upstreams '$request_method|$uri|$status|$upstream_addr';
            access_log {{folder}}/access.log upstreams;
            include {{site}};
        }
        """;

    /// <summary>The example must still have exactly the line the test changes, or the test would test another file.</summary>
    private static string ReplaceOnce(string text, string example, string actual) =>
        text.Split(example).Length == 2
            ? text.Replace(example, actual, StringComparison.Ordinal)
            : throw new InvalidOperationException($"docs/deploy/nginx-parcelwatch.conf should contain '{example}' exactly once.");

    private string ReadLog(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task WaitUntilReadyAsync()
    {
        if (!await Readiness.WaitAsync(_process, BaseAddress, "/health/live", TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException($"nginx did not start answering:{Environment.NewLine}{ErrorLog}");
        }
    }
}
