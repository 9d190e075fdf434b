namespace ParcelWatch.Web.Components.Layout;

/// <summary>Light or dark, kept in a cookie so that static pages (Account) follow the choice too.</summary>
public sealed record ThemePreference(bool IsDarkMode)
{
    public const string CookieName = "ParcelWatch.Theme";

    public static bool IsDark(HttpRequest request) => request.Cookies[CookieName] == "dark";
}
