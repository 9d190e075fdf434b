using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// The real app, in the Production environment users run, on its own temporary database (<see cref="TestDatabase"/>:
/// a SQLite file, or a fresh PostgreSQL database when the tests run on PostgreSQL).
/// <see cref="StartOnKestrel"/> serves it on a real port for the browser tests.
/// </summary>
public class ParcelWatchFactory : WebApplicationFactory<Program>
{
    public const string Password = "a long lowercase passphrase";

    private readonly DirectoryInfo _directory;

    public ParcelWatchFactory()
    {
        _directory = Directory.CreateTempSubdirectory("parcelwatch-tests-");
        Database = new TestDatabase(_directory.FullName);
    }

    public TestDatabase Database { get; }

    /// <summary>The app's data folder: its SQLite file, and the import files on either provider.</summary>
    public string DataDirectory => _directory.FullName;

    /// <summary>The SQLite file (on SQLite only).</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "parcelwatch.db");

    /// <summary>
    /// Every test class signs up and posts far more often than a person; the rate-limit tests set their own limits
    /// through <see cref="Settings"/>, which apply after these.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> GenerousRateLimits { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:AccountPostsPerIpPerMinute"] = "100000",
        ["RateLimits:SignInsPerAccountPerMinute"] = "100000",
        ["RateLimits:ReportsPerUserPerMinute"] = "100000",
        ["RateLimits:ExportsPerIpPerMinute"] = "100000",
        ["RateLimits:HistoryParsesPerUserPerMinute"] = "100000",
    };

    /// <summary>
    /// Tests read the statistics right after a write: a stale kept answer is never served to them (the reader waits for
    /// the fresh one, as before stale-while-revalidate); <c>ReaderCacheTests</c> sets its own window.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> FreshReads { get; } = new Dictionary<string, string?>
    {
        ["Stats:StaleSeconds"] = "0",
    };

    /// <summary>Extra configuration a test class needs, applied on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Database.Settings.Concat(GenerousRateLimits).Concat(FreshReads))
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Starts the app on Kestrel at a free 127.0.0.1 port and returns its base address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    public HttpClient CreateClientWithoutRedirects() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Database.Dispose();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown is left to the OS temp cleaner.
        }
    }
}
