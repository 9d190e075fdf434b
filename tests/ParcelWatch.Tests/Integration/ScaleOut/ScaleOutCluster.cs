using System.Net;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration.ScaleOut;

/// <summary>
/// The scale-out shape of docs/deploy.md: a fresh PostgreSQL database migrated once by the <c>migrate</c> verb, two
/// instances of the app on it (A and B, started as in production: no migration at start) and nginx in front of both.
/// The statistics cache lives 1 s, so that another instance's writes show within a short, bounded wait.
/// </summary>
internal sealed class ScaleOutCluster : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private static readonly Dictionary<string, string> InstanceSettings = new()
    {
        ["Database__Provider"] = "Postgres",
        ["Stats__CacheSeconds"] = "1",
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parcelwatch-scale-out-");
    private readonly List<AppServer> _instances = [];
    private NginxProxy? _proxy;

    private ScaleOutCluster() => Database = new TestDatabase(_folder.FullName);

    public TestDatabase Database { get; }

    public AppServer A => _instances[0];

    public AppServer B => _instances[1];

    public NginxProxy Proxy => _proxy ?? throw new InvalidOperationException("nginx has not started");

    public static async Task<ScaleOutCluster> StartAsync()
    {
        var cluster = new ScaleOutCluster();
        try
        {
            var migrated = await AppProcess.RunAsync(cluster.Database, "migrate");
            Assert.True(migrated.ExitCode == 0, $"migrate failed: {migrated.Output}{migrated.Error}");
            for (var i = 0; i < 2; i++)
            {
                cluster._instances.Add(await AppServer.StartAsync(cluster.Database.ConnectionString, InstanceSettings));
            }

            cluster._proxy = await NginxProxy.StartAsync(cluster._instances.Select(i => i.BaseAddress).ToList());
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of one address with the given cookie jar (one jar for several clients: one browser).</summary>
    public static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Registers a user through <paramref name="client"/>, grants the role with the server verb, signs in with the cookie.</summary>
    public async Task SignInAsync(HttpClient client, string? role = null)
    {
        var email = AuthApi.NewEmail(role?.ToLowerInvariant() ?? "buyer");
        (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();
        if (role is not null)
        {
            var granted = await AppProcess.RunAsync(Database, "users", "grant-role", email, role);
            Assert.True(granted.ExitCode == 0, granted.Error);
        }

        (await AuthApi.LoginAsync(client, email, useCookies: true)).EnsureSuccessStatusCode();
    }

    /// <summary>The instance behind an upstream address of nginx's access log.</summary>
    public AppServer Instance(string? upstream) =>
        _instances.SingleOrDefault(i => i.BaseAddress.Authority == upstream)
        ?? throw new Xunit.Sdk.XunitException($"no instance answered as {upstream ?? "-"}.{Diagnostics()}");

    public AppServer Other(AppServer instance) => _instances.Single(i => i != instance);

    /// <summary>The access-log entries of a path, once at least <paramref name="count"/> are there (nginx logs after answering).</summary>
    public async Task<IReadOnlyList<NginxProxy.Entry>> LoggedAsync(string method, string path, int count = 1)
    {
        List<NginxProxy.Entry> entries = [];
        await EventuallyAsync(() =>
        {
            entries = Proxy.AccessLog.Where(e => e.Method == method && e.Path == path).ToList();
            return Task.FromResult(entries.Count >= count);
        }, $"nginx logged fewer than {count} {method} {path}");
        return entries;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails after <see cref="Patience"/> with every log there is.</summary>
    public async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"{failure} within {Patience.TotalSeconds} s.{Diagnostics()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Runs a step bounded by its own timeout (Playwright's, HttpClient's), adding every log to its failure.</summary>
    public async Task StepAsync(string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{what}: {e.Message}{Diagnostics()}");
        }
    }

    /// <summary>The last lines of both instances' output and nginx's logs, for failure messages.</summary>
    public string Diagnostics()
    {
        static string Tail(string text) => string.Join(Environment.NewLine, text.Split('\n').TakeLast(40));
        var instances = _instances.Select((i, n) => $"{Environment.NewLine}== instance {(char)('A' + n)} ({i.BaseAddress}):{Environment.NewLine}{Tail(i.Output)}");
        var proxy = _proxy is null ? string.Empty
            : $"{Environment.NewLine}== nginx error log:{Environment.NewLine}{Tail(_proxy.ErrorLog)}{Environment.NewLine}== nginx access log:{Environment.NewLine}"
              + string.Join(Environment.NewLine, _proxy.AccessLog.TakeLast(40));
        return string.Concat(instances) + proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        Database.Dispose();
        _folder.Delete(recursive: true);
    }
}
