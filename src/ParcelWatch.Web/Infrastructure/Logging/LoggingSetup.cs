using Serilog;

namespace ParcelWatch.Web.Infrastructure.Logging;

/// <summary>Serilog from the <c>Serilog</c> configuration section, with one structured line per request.</summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddParcelWatchLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    public static WebApplication UseParcelWatchLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        return app;
    }
}
