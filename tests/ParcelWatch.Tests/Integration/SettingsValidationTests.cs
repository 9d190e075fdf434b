using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Infrastructure.Security;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// A bad setting stops the start with a message naming it (ADR-021: every options class is bound with
/// <c>ValidateDataAnnotations().ValidateOnStart()</c>), before the database is touched; nothing starts half-configured.
/// </summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("RateLimits:ReportsPerUserPerMinute", "-1", "ReportsPerUserPerMinute")]
    [InlineData("RateLimits:SignInsPerAccountPerMinute", "0", "SignInsPerAccountPerMinute")]
    [InlineData("Import:BatchRows", "0", "BatchRows")]
    [InlineData("Import:MaximumFileBytes", "-5", "MaximumFileBytes")]
    [InlineData("ReverseProxy:KnownProxies:0", "proxy.example.org", "ReverseProxy:KnownProxies: 'proxy.example.org' is not an IP address")]
    [InlineData("Accounts:RequireConfirmedEmail", "true", "Accounts:RequireConfirmedEmail is on but Accounts:Smtp:Host is not set")]
    [InlineData("Accounts:Smtp:Port", "70000", "Accounts:Smtp:Port must be between 1 and 65535")]
    [InlineData("Stats:CacheSeconds", "0", "CacheSeconds")]
    [InlineData("Stats:StaleSeconds", "61", "StaleSeconds")]
    public void A_bad_setting_stops_the_start_with_a_message_naming_it(string key, string value, string named)
    {
        using var factory = new SettingFactory(key, value);

        var thrown = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var failure = Assert.IsType<OptionsValidationException>(Innermost(thrown));
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        if (!TestDatabase.IsPostgres)
        {
            Assert.False(File.Exists(factory.DatabasePath), "the database was created before the settings were checked");
        }
    }

    [Fact]
    public void Good_settings_start_the_app()
    {
        using var factory = new SettingFactory("RateLimits:ReportsPerUserPerMinute", "1");

        using var client = factory.CreateClient();

        Assert.Equal(1, factory.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.ReportsPerUserPerMinute);
    }

    private static Exception Innermost(Exception thrown) =>
        thrown is AggregateException { InnerExceptions.Count: 1 } aggregate ? Innermost(aggregate.InnerExceptions[0])
        : thrown is not OptionsValidationException && thrown.InnerException is { } inner ? Innermost(inner)
        : thrown;

    private sealed class SettingFactory(string key, string value) : ParcelWatchFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { [key] = value };
    }
}
