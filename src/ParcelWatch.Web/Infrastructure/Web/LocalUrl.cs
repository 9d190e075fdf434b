namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>Guards redirects against open-redirect tricks: only app-relative paths pass.</summary>
public static class LocalUrl
{
    public static string OrRoot(string? url)
    {
        if (string.IsNullOrEmpty(url))
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
