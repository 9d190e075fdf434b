using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// Debian's nginx (installed when missing) in front of app instances, with the example config users are given
/// (docs/deploy/nginx-parcelwatch.conf) changed only in its ports: one upstream <c>server</c> line per instance and a
/// free listen port, included in a minimal main config in a temp folder (Debian's <c>worker_processes auto</c>, no
/// access log). Disposing kills nginx with its workers and deletes the folder.
/// </summary>
internal sealed class Nginx : IAsyncDisposable
{
    private const string Program = "/usr/sbin/nginx";
    private const string FirstServer = "server 127.0.0.1:5001 ";
    private const string SecondServer = "server 127.0.0.1:5002 ";
    private const string Listen = "listen 127.0.0.1:8080;";

    private readonly Process _process;
    private readonly DirectoryInfo _folder;

    private Nginx(Process process, DirectoryInfo folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<Nginx> StartAsync(string exampleConfig, IEnumerable<AppUnderTest> instances, CancellationToken cancellationToken)
    {
        await DebianPackage.EnsureInstalledAsync(Program, "nginx", cancellationToken);
        var port = AppUnderTest.FreePort();
        var folder = Directory.CreateTempSubdirectory("parcelwatch-nginx-");
        if (!OperatingSystem.IsWindows())
        {
            // The workers run as nobody when nginx starts as root: they need to reach the temp paths.
            folder.UnixFileMode |= UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        }

        var site = Rewrite(await File.ReadAllLinesAsync(exampleConfig, cancellationToken), instances.Select(i => i.BaseAddress.Port), port, exampleConfig);
        await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "parcelwatch.conf"), site, cancellationToken);
        var main = Path.Combine(folder.FullName, "nginx.conf");
        await File.WriteAllTextAsync(main, MainConfig(folder.FullName), cancellationToken);

        var start = new ProcessStartInfo(Program);
        foreach (var argument in new[] { "-p", folder.FullName, "-e", Path.Combine(folder.FullName, "error.log"), "-c", main })
        {
            start.ArgumentList.Add(argument);
        }

        var nginx = new Nginx(Process.Start(start) ?? throw new InvalidOperationException("nginx did not start"), folder, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await nginx.WaitUntilListeningAsync(port, cancellationToken);
            return nginx;
        }
        catch
        {
            await nginx.DisposeAsync();
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

    /// <summary>The example's two upstream servers become one line per port (same options); its listen port, <paramref name="port"/>.</summary>
    private static List<string> Rewrite(string[] example, IEnumerable<int> upstreams, int port, string path)
    {
        var lines = example.ToList();
        var first = lines.FindIndex(l => l.TrimStart().StartsWith(FirstServer, StringComparison.Ordinal));
        var listen = lines.FindIndex(l => l.Trim() == Listen);
        if (first < 0 || first + 1 >= lines.Count || !lines[first + 1].TrimStart().StartsWith(SecondServer, StringComparison.Ordinal) || listen < 0)
        {
            throw new InvalidOperationException($"{path} no longer has the lines this benchmark rewrites: '{FirstServer}', '{SecondServer}' and '{Listen}'");
        }

        lines[listen] = lines[listen].Replace(":8080;", string.Create(CultureInfo.InvariantCulture, $":{port};"), StringComparison.Ordinal);
        var template = lines[first];
        lines.RemoveRange(first, 2);
        lines.InsertRange(first, upstreams.Select(upstream =>
            template.Replace(":5001 ", string.Create(CultureInfo.InvariantCulture, $":{upstream} "), StringComparison.Ordinal)));
        return lines;
    }

    private static string MainConfig(string folder) =>
        $$"""
        daemon off;
        worker_processes auto;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log;
        events {}
        http {
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            access_log off;
            include {{folder}}/parcelwatch.conf;
        }

        """;

    private async Task WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                break;
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        var log = Path.Combine(_folder.FullName, "error.log");
        throw new InvalidOperationException($"nginx is not listening on {port}:{Environment.NewLine}{(File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "")}");
    }
}
