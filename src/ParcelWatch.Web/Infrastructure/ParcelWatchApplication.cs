using ParcelWatch.Web.Cli;
using ParcelWatch.Web.Components;
using ParcelWatch.Web.Features.Account;
using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Import;
using ParcelWatch.Web.Features.Moderation;
using ParcelWatch.Web.Features.OpenData;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Features.TrackingHistory;
using ParcelWatch.Web.Infrastructure.Database;
using ParcelWatch.Web.Infrastructure.Localization;
using ParcelWatch.Web.Infrastructure.Logging;
using ParcelWatch.Web.Infrastructure.Security;
using ParcelWatch.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace ParcelWatch.Web.Infrastructure;

/// <summary>Composition root: every registration and every endpoint, in the order they apply.</summary>
public static class ParcelWatchApplication
{
    public static WebApplicationBuilder AddParcelWatch(this WebApplicationBuilder builder)
    {
        // Serves the static assets of packages (MudBlazor) from a build output in every environment,
        // not only in Development; a published app has no manifest and this is a no-op.
        builder.WebHost.UseStaticWebAssets();

        // Cross-cutting services that features share; a feature's AddX() registers only what it owns.
        builder.Services.AddSingleton(TimeProvider.System);

        builder.AddParcelWatchLogging();
        builder.Services.AddParcelWatchReverseProxy();
        builder.AddParcelWatchDatabase();
        builder.Services.AddAccounts();
        builder.AddParcelWatchLocalization();
        builder.AddParcelWatchWebApi();
        builder.Services.AddParcelWatchResponseWeight();
        builder.Services.AddParcelWatchReaderCache();
        builder.Services.AddParcelWatchSecurityHeaders();
        builder.Services.AddParcelWatchRateLimiting();
        builder.Services.AddMudServices(config => config.SnackbarConfiguration.MaximumOpacity = 100);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCommandLineVerbs();
        builder.Services.AddCustomsPoints();
        builder.Services.AddParcels();
        builder.Services.AddTrackingHistory();
        builder.Services.AddStats();
        builder.Services.AddOpenData();
        builder.Services.AddModeration();
        builder.Services.AddImport();
        return builder;
    }

    public static WebApplication UseParcelWatch(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseParcelWatchSecurityHeaders();
        app.UseParcelWatchErrorHandling();
        app.UseParcelWatchLogging();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseParcelWatchSessionValidation();
        app.UseParcelWatchResponseWeight();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseParcelWatchReaderCache();

        app.MapStaticAssets();
        app.MapParcelWatchWebApi();
        app.MapCustomsPointsApi();
        app.MapParcelsApi();
        app.MapTrackingHistoryApi();
        app.MapStatsApi();
        app.MapOpenData();
        app.MapModerationApi();
        app.MapImportApi();
        app.MapPreferenceEndpoints();
        app.MapAccounts();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// The arguments for <c>WebApplication.CreateBuilder</c>. For a verb, configuration files are not watched for
    /// changes: a verb runs once, and the watcher covers the whole content root, so it would also wake up on every
    /// write to a database file there (it slowed <c>seed-demo</c> by about a third).
    /// </summary>
    public static string[] HostArguments(string[] args) =>
        CommandLineParser.Parse(args) is null ? args : ["--hostBuilder:reloadConfigOnChange=false", .. args];

    /// <summary>
    /// Checks the settings (a bad one stops here, before the database is touched, with a message naming it: ADR-021),
    /// prepares the database, then runs a command-line verb if one was given, else the web server.
    /// </summary>
    public static async Task<int> RunParcelWatchAsync(this WebApplication app, string[] args)
    {
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        var invocation = CommandLineParser.Parse(args);
        var migrate = app.Services.GetRequiredService<DatabaseSettings>().MigrateOnStartup || invocation?.Verb == MigrateVerb.VerbName;
        await app.Services.InitializeDatabaseAsync(migrate, app.Lifetime.ApplicationStopping);

        if (invocation is null)
        {
            await app.RunAsync();
            return 0;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<CommandLineRunner>();
        return await runner.RunAsync(invocation, Console.Out, Console.Error);
    }
}
