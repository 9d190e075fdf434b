using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParcelWatch.Tests.Support;

/// <summary>Registers and signs in through the real <c>/api/v1/auth</c> endpoints.</summary>
public static class AuthApi
{
    public static string NewEmail(string prefix = "buyer") => $"{prefix}-{Guid.NewGuid():N}@example.test";

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password = ParcelWatchFactory.Password) =>
        client.PostAsJsonAsync("/api/v1/auth/register", new { email, password });

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password = ParcelWatchFactory.Password, bool useCookies = false) =>
        client.PostAsJsonAsync(useCookies ? "/api/v1/auth/login?useCookies=true" : "/api/v1/auth/login", new { email, password });

    /// <summary>A client of a newly registered user that sends the bearer token of <c>/api/v1/auth/login</c>.</summary>
    public static async Task<(HttpClient Client, string Email)> CreateBearerClientAsync(ParcelWatchFactory factory)
    {
        var client = factory.CreateClient();
        var email = NewEmail();
        (await RegisterAsync(client, email)).EnsureSuccessStatusCode();
        var login = await LoginAsync(client, email);
        login.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return (client, email);
    }
}
