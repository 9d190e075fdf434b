using System.Globalization;
using Microsoft.AspNetCore.Localization;
using ParcelWatch.Web.Components.Layout;
using ParcelWatch.Web.Infrastructure.Web;

namespace ParcelWatch.Web.Infrastructure.Localization;

/// <summary>
/// Russian and English. The culture comes from the culture cookie (set by the ru/en switch), else from
/// Accept-Language, else Russian: the buyers this tool serves are in Russia.
/// </summary>
public static class LocalizationSetup
{
    public const string DefaultCulture = "ru";

    public static IReadOnlyList<string> SupportedCultures { get; } = ["ru", "en"];

    public static WebApplicationBuilder AddParcelWatchLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SupportedCultures.ToArray();
            options.SetDefaultCulture(DefaultCulture).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
        });
        return builder;
    }

    /// <summary>
    /// <c>GET /culture?set=en&amp;returnUrl=/x</c> and <c>GET /theme?set=dark&amp;returnUrl=/x</c>: store the choice in its
    /// cookie and go back.
    /// </summary>
    public static IEndpointRouteBuilder MapPreferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (string? set, string? returnUrl, HttpContext context) =>
        {
            if (set is not null && SupportedCultures.Contains(set, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(set.ToLowerInvariant())),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            }

            return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();

        // The theme switch of static pages; interactive pages write the same cookie from js/preferences.js.
        endpoints.MapGet("/theme", (string? set, string? returnUrl, HttpContext context) =>
        {
            if (set is "dark" or "light")
            {
                context.Response.Cookies.Append(
                    ThemePreference.CookieName,
                    set,
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }

            return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The language to offer in the switch: the one the reader is not using now.</summary>
    public static string OtherCulture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "ru" : "en";
}
