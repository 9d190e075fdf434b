using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace ParcelWatch.Web.Infrastructure.Security;

/// <summary>
/// Security headers on every response, and HSTS outside Development. The Content-Security-Policy allows scripts
/// from this origin only, plus the one inline script the page has (Blazor's import map) through its SHA-256 hash, the
/// same for every response, so that a kept page (<c>ReaderCache</c>) is right for every reader; no
/// <c>unsafe-eval</c> (Blazor Server needs none). <c>style-src</c> keeps <c>'unsafe-inline'</c>: MudBlazor sets
/// style attributes at run time (popover positions, progress widths, chart sizes), which hashes cannot cover.
/// The API reference page (<c>/scalar</c>) runs its own inline start-up script and gets <c>'unsafe-inline'</c> for
/// scripts, on that path only.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseParcelWatchSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // Set as the response starts, so that an error page (the exception handler clears the headers) has them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy(context.Request.Path, ImportMapHash(context.RequestServices));
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    public static string Policy(PathString path, string? importMapHash)
    {
        var scripts = path.StartsWithSegments("/scalar") ? "'self' 'unsafe-inline'"
            : importMapHash is null ? "'self'" : $"'self' 'sha256-{importMapHash}'";
        return $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }

    /// <summary>
    /// The base64 SHA-256 of the import map <c>&lt;ImportMap /&gt;</c> writes (the JSON of the static assets' import map
    /// every page endpoint carries), or null when there is none.
    /// </summary>
    private static string? ImportMapHash(IServiceProvider services) =>
        services.GetRequiredService<ImportMapScript>().Hash;

    public static IServiceCollection AddParcelWatchSecurityHeaders(this IServiceCollection services) =>
        services.AddSingleton<ImportMapScript>();

    /// <summary>Looked up once, from the endpoints, when the first response starts.</summary>
    private sealed class ImportMapScript(EndpointDataSource endpoints)
    {
        private readonly Lazy<string?> _hash = new(() =>
            endpoints.Endpoints.Select(e => e.Metadata.GetMetadata<ImportMapDefinition>()).FirstOrDefault(d => d is not null) is { } map
                ? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map.ToString())))
                : null);

        public string? Hash => _hash.Value;
    }
}
