using Serilog;
using Serilog.Events;

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
        // A refused request (429) is logged at Debug: a flood must not turn into a flood of log lines.
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, _, error) =>
            error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : context.Response.StatusCode == StatusCodes.Status429TooManyRequests ? LogEventLevel.Debug
            : LogEventLevel.Information);
        return app;
    }
}
