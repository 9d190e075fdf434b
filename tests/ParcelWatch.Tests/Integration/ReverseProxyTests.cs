using System.Net;
using System.Net.Http.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Behind a proxy on the same machine (nginx in docs/deploy.md), the app takes the client's address and scheme from
/// X-Forwarded-For and X-Forwarded-Proto: per-address limits count clients, not the proxy, and cookies are Secure when
/// the proxy terminated HTTPS. The real executable on Kestrel, so the connection really comes from 127.0.0.1.
/// </summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parcelwatch-proxy-");
    private AppServer? _server;

    public async Task InitializeAsync() =>
        _server = await AppServer.StartAsync($"Data Source={Path.Combine(_folder.FullName, "proxy.db")}",
            new Dictionary<string, string> { ["RateLimits__ExportsPerIpPerMinute"] = "2" });

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Per_address_limits_count_the_forwarded_client_not_the_proxy()
    {
        using var client = new HttpClient { BaseAddress = _server!.BaseAddress };

        var first = await ExportAsync(client, "203.0.113.1");
        var second = await ExportAsync(client, "203.0.113.1");
        var third = await ExportAsync(client, "203.0.113.1");
        var otherClient = await ExportAsync(client, "203.0.113.2");

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK),
            (first, second, third, otherClient));
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_proxy_says_the_client_used_https()
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _server!.BaseAddress };
        var email = AuthApi.NewEmail("proxy");
        (await AuthApi.RegisterAsync(client, email, ParcelWatchFactory.Password)).EnsureSuccessStatusCode();

        var overHttps = await SignInWithCookieAsync(client, email, "https");
        var overHttp = await SignInWithCookieAsync(client, email, "http");

        Assert.Contains("secure", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", overHttp, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpStatusCode> ExportAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/export/parcels.csv");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The sign-in cookie's Set-Cookie header.</summary>
    private static async Task<string> SignInWithCookieAsync(HttpClient client, string email, string forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login?useCookies=true")
        {
            Content = JsonContent.Create(new { email, password = ParcelWatchFactory.Password }),
        };
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("ParcelWatch.Auth=", StringComparison.Ordinal));
    }
}
