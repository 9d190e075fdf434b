using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>Russian for Accept-Language ru (and by default), English for en, and the cookie of the ru/en switch wins.</summary>
public sealed class LocalizationTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Theory]
    [InlineData("ru-RU,ru;q=0.9", "lang=\"ru\"", "Войти")]
    [InlineData("en-US,en;q=0.9", "lang=\"en\"", "Sign in")]
    [InlineData(null, "lang=\"ru\"", "Войти")]
    public async Task Pages_follow_accept_language(string? acceptLanguage, string htmlLang, string signIn)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        // Blazor's static renderer writes non-ASCII text as character references (&#x412;…): decode to compare.
        var html = WebUtility.HtmlDecode(await (await factory.CreateClient().SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains(htmlLang, html, StringComparison.Ordinal);
        Assert.Contains(signIn, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_sets_a_cookie_that_wins_over_accept_language()
    {
        var client = factory.CreateClient(); // keeps cookies
        var switchResponse = await factory.CreateClientWithoutRedirects().GetAsync("/culture?set=en&returnUrl=/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, switchResponse.StatusCode);
        Assert.Equal("/Account/Login", switchResponse.Headers.Location?.OriginalString);
        Assert.Contains(switchResponse.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den", StringComparison.Ordinal));

        await client.GetAsync("/culture?set=en&returnUrl=/");
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.TryAddWithoutValidation("Accept-Language", "ru-RU");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_does_not_redirect_off_site_or_accept_unknown_languages()
    {
        var response = await factory.CreateClientWithoutRedirects().GetAsync("/culture?set=de&returnUrl=https://evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Identity_api_errors_are_described_in_the_readers_language()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        var response = await AuthApi.RegisterAsync(client, AuthApi.NewEmail(), "short");

        Assert.Contains("не менее 8 символов", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Неизвестное значение «delete»; допустимо: ")]
    [InlineData("en", "Unknown value 'delete'; use one of: ")]
    public async Task The_audit_logs_unknown_action_filter_is_described_in_the_readers_language(string language, string start)
    {
        var moderator = (await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator)).Client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/moderation/audit?action=delete") { Headers = { { "Accept-Language", language } } };

        var response = await moderator.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("action").EnumerateArray()).GetString();
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.Contains("hide", message, StringComparison.Ordinal);
    }
}
