using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>JSON conventions, problem details, OpenAPI with its reader, and the health endpoints.</summary>
public static class WebApiSetup
{
    /// <summary>The one OpenAPI document, served at <c>/openapi/v1.json</c>.</summary>
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddParcelWatchWebApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddParcelWatchErrorHandling();
        builder.Services.AddOpenApi(DocumentName, options => options
            .AddDocumentTransformer<OpenApiDocumentSetup>()
            .AddOperationTransformer<OpenApiOperationDetails>());
        return builder;
    }

    public static WebApplication MapParcelWatchWebApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", options => options.DisableDefaultFonts()); // no fonts from a CDN: the CSP allows this origin only
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
