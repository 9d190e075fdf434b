using Microsoft.AspNetCore.Components;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>Guards redirects against open-redirect tricks: only app-relative paths pass.</summary>
public static class LocalUrl
{
    /// <summary>The page being shown as a local URL ("/stats?brand=x"), to come back to after a preference endpoint.</summary>
    public static string Current(NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);

    public static string OrRoot(string? url)
    {
        // On Unix "/x" also parses as an absolute file URI, hence the check for a leading slash.
        if (string.IsNullOrEmpty(url) || (!url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out _)))
        {
            return "/";
        }

        var path = url.StartsWith('/') ? url : "/" + url;
        var isLocal = !path.StartsWith("//", StringComparison.Ordinal)
            && !path.StartsWith("/\\", StringComparison.Ordinal)
            && Uri.IsWellFormedUriString(path, UriKind.Relative);
        return isLocal ? path : "/";
    }
}
