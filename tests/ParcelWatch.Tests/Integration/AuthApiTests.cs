using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>Register and sign in through <c>/api/v1/auth</c>: password policy, bearer and cookie, lockout.</summary>
public sealed class AuthApiTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string InfoPath = "/api/v1/auth/manage/info";

    [Fact]
    public async Task Seven_character_password_is_refused_with_the_reason()
    {
        var response = await AuthApi.RegisterAsync(factory.CreateClient(), AuthApi.NewEmail(), "abcdefg");

        var errors = await ProblemErrorsAsync(response);
        Assert.True(errors.TryGetProperty("PasswordTooShort", out _));
    }

    [Fact]
    public async Task Top_common_password_is_refused_with_the_reason()
    {
        var response = await AuthApi.RegisterAsync(factory.CreateClient(), AuthApi.NewEmail(), "password123");

        var errors = await ProblemErrorsAsync(response);
        Assert.True(errors.TryGetProperty("PasswordTooCommon", out _));
    }

    [Fact]
    public async Task Long_lowercase_passphrase_is_accepted_without_composition_rules()
    {
        var response = await AuthApi.RegisterAsync(factory.CreateClient(), AuthApi.NewEmail(), "my parcel went through vnukovo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Bearer_token_from_login_is_accepted_by_the_api()
    {
        var (client, email) = await AuthApi.CreateBearerClientAsync(factory);

        var info = await client.GetFromJsonAsync<JsonElement>(InfoPath);

        Assert.Equal(email, info.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Cookie_from_login_is_accepted_by_the_api()
    {
        var client = factory.CreateClient(); // keeps cookies between requests
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();
        (await AuthApi.LoginAsync(client, email, useCookies: true)).EnsureSuccessStatusCode();

        var info = await client.GetFromJsonAsync<JsonElement>(InfoPath);

        Assert.Equal(email, info.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Anonymous_api_call_is_a_401_problem_not_a_redirect()
    {
        var response = await factory.CreateClientWithoutRedirects().GetAsync(InfoPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Forged_bearer_token_is_a_401()
    {
        var client = factory.CreateClientWithoutRedirects();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(InfoPath)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_protected_page_redirects_to_sign_in()
    {
        var response = await factory.CreateClientWithoutRedirects().GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        var client = factory.CreateClient();
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await AuthApi.LoginAsync(client, email, "wrong password here")).StatusCode);
        }

        var withRightPassword = await AuthApi.LoginAsync(client, email);
        Assert.Equal(HttpStatusCode.Unauthorized, withRightPassword.StatusCode);
        Assert.Contains("LockedOut", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem()
    {
        var client = factory.CreateClient();
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();

        var response = await AuthApi.LoginAsync(client, email, "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonElement> ProblemErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return problem.GetProperty("errors");
    }
}
