using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>Security headers on pages, API answers and static files; HSTS over HTTPS in Production.</summary>
public sealed partial class SecurityHeadersTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/stats")]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/stats/points")]
    [InlineData("/app.css")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Matches("script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;", policy);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stats")]
    [InlineData("/stats/declarations")]
    public async Task The_pages_only_inline_script_is_allowed_by_its_hash_also_on_a_kept_page(string path)
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync(path);
        using var kept = await client.GetAsync(path); // served by ReaderCache

        foreach (var response in new[] { first, kept })
        {
            var script = Assert.Single(InlineScript().Matches(await response.Content.ReadAsStringAsync()));
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups["body"].Value)));
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains($"script-src 'self' 'sha256-{hash}';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("nonce", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Https_answers_carry_HSTS_outside_development()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://parcelwatch.example") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_secure_http_only_and_same_site()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://parcelwatch.example") });
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();

        var response = await AuthApi.LoginAsync(client, email, useCookies: true);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ParcelWatch.Auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_cookie_is_secure_on_https_and_http_only()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://parcelwatch.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?set=en&returnUrl=/");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");

    // Script elements without a src attribute, and their text.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
