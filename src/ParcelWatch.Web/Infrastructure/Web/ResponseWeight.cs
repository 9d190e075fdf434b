using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>
/// Fewer bytes on a slow connection. Static assets are compressed at build and publish time (MapStaticAssets);
/// pages and API answers are compressed here, brotli or gzip, but only for readers who are not signed in and send no
/// bearer token (BREACH, docs/security.md). Russian text is written as UTF-8, not as character references.
/// </summary>
public static class ResponseWeight
{
    private static readonly string[] CompressedTypes =
        ["text/html", "text/plain", "text/csv", "application/json", "application/problem+json"];

    public static IServiceCollection AddParcelWatchResponseWeight(this IServiceCollection services)
    {
        // Razor components and pages encode through the HtmlEncoder service; the default one escapes all but Basic Latin.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.Cyrillic, UnicodeRanges.GeneralPunctuation));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = CompressedTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest: a page is compressed once per request, and brotli's default level costs several times more CPU.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After authentication: whether the reader is signed in decides whether the answer may be compressed.</summary>
    public static WebApplication UseParcelWatchResponseWeight(this WebApplication app)
    {
        app.UseWhen(MayCompress, anonymous => anonymous.UseResponseCompression());
        return app;
    }

    /// <summary>
    /// A signed-in reader's page holds their e-mail address and reports next to text an attacker can put in the URL
    /// (filters), which is what BREACH needs; an anonymous page holds no secret but the per-response antiforgery token
    /// and nonce, which change with every response. Bearer-token requests are not sent by a browser on its own.
    /// </summary>
    public static bool MayCompress(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && context.Request.Headers.Authorization.Count == 0;
}
