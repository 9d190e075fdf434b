using System.Security.Cryptography;

namespace ParcelWatch.Web.Infrastructure.Security;

/// <summary>
/// Security headers on every response, and HSTS outside Development. The Content-Security-Policy allows scripts
/// from this origin only, plus the one inline script the page has (Blazor's import map) through a per-request nonce;
/// no <c>unsafe-eval</c> (Blazor Server needs none). <c>style-src</c> keeps <c>'unsafe-inline'</c>: MudBlazor sets
/// style attributes at run time (popover positions, progress widths, chart sizes), which nonces cannot cover.
/// The API reference page (<c>/scalar</c>) runs its own inline start-up script and gets <c>'unsafe-inline'</c> for
/// scripts, on that path only.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    public static WebApplication UseParcelWatchSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // hex: nothing for HTML to escape
            context.Items[NonceKey] = nonce;

            // Set as the response starts, so that an error page (the exception handler clears the headers) has them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy(context.Request.Path, nonce);
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

    /// <summary>The nonce of this response's Content-Security-Policy, for the page's one inline script.</summary>
    public static string Nonce(HttpContext context) => (string)context.Items[NonceKey]!;

    public static string Policy(PathString path, string nonce)
    {
        var scripts = path.StartsWithSegments("/scalar") ? "'self' 'unsafe-inline'" : $"'self' 'nonce-{nonce}'";
        return $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }
}
