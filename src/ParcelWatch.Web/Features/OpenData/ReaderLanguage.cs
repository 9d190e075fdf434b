using System.Globalization;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Infrastructure.Localization;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>
/// <c>?lang=ru|en</c> of feeds and badges: a link pasted into a feed reader or a forum carries its language. Without it
/// the language is the pages' (culture cookie, Accept-Language, else Russian), already set by the request localization.
/// </summary>
public static class ReaderLanguage
{
    /// <summary>Switches this request to <paramref name="lang"/>; false (with an error for the field) for an unsupported one.</summary>
    public static bool TryApply(string? lang, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return true;
        }

        var code = lang.Trim().ToLowerInvariant();
        if (!LocalizationSetup.SupportedCultures.Contains(code))
        {
            errors.Add("lang", "Use ru or en.");
            return false;
        }

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(code);
        return true;
    }
}
