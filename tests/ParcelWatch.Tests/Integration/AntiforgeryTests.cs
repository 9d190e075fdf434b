using System.Net;
using System.Text.RegularExpressions;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>Forms refuse posts that do not carry the antiforgery token their page handed out (cross-site forgery).</summary>
public sealed partial class AntiforgeryTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Theory]
    [InlineData("/Account/Login", "login")]
    [InlineData("/Account/Register", "register")]
    public async Task A_form_post_without_the_page_s_token_is_refused_and_with_it_is_accepted(string path, string formName)
    {
        var client = factory.CreateClientWithoutRedirects();
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = formName,
            ["Input.Email"] = AuthApi.NewEmail(),
            ["Input.Password"] = ParcelWatchFactory.Password,
            ["Input.ConfirmPassword"] = ParcelWatchFactory.Password,
        };

        var forged = await client.PostAsync(path, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync(); // sets the antiforgery cookie
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        var genuine = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.NotEqual(HttpStatusCode.BadRequest, genuine.StatusCode);
    }

    [Fact]
    public async Task A_forged_sign_out_is_refused_with_a_bad_request_not_an_error()
    {
        var client = factory.CreateClientWithoutRedirects();

        var forged = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_on_https_http_only_and_same_site()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://parcelwatch.example") });

        var response = await client.GetAsync("/Account/Login");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
