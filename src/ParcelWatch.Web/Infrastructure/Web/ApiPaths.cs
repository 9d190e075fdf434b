namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>Everything under <c>/api</c> is the HTTP API: problem details and status codes, never pages or redirects.</summary>
public static class ApiPaths
{
    public static readonly PathString Prefix = "/api";

    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix);

    public static bool IsApiRequest(this HttpRequest request) => IsApi(request.Path);
}
