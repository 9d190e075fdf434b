using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Tests.Support;

/// <summary>Registers and signs in through the real <c>/api/v1/auth</c> endpoints.</summary>
public static class AuthApi
{
    public static string NewEmail(string prefix = "buyer") => $"{prefix}-{Guid.NewGuid():N}@example.test";

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password = ParcelWatchFactory.Password) =>
        client.PostAsJsonAsync("/api/v1/auth/register", new { email, password });

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password = ParcelWatchFactory.Password, bool useCookies = false) =>
        client.PostAsJsonAsync(useCookies ? "/api/v1/auth/login?useCookies=true" : "/api/v1/auth/login", new { email, password });

    /// <summary>Registers a new user and signs <paramref name="client"/> in with the cookie pages use; returns the e-mail.</summary>
    public static async Task<string> SignInWithCookiesAsync(HttpClient client)
    {
        var email = NewEmail();
        (await RegisterAsync(client, email)).EnsureSuccessStatusCode();
        (await LoginAsync(client, email, useCookies: true)).EnsureSuccessStatusCode();
        return email;
    }

    /// <summary>A client of a newly registered user that sends the bearer token of <c>/api/v1/auth/login</c>.</summary>
    public static Task<(HttpClient Client, string Email)> CreateBearerClientAsync(ParcelWatchFactory factory) =>
        CreateBearerClientAsync(factory, role: null);

    /// <summary>As <see cref="CreateBearerClientAsync(ParcelWatchFactory)"/>, with a role granted before signing in.</summary>
    public static async Task<(HttpClient Client, string Email)> CreateBearerClientAsync(ParcelWatchFactory factory, string? role)
    {
        var client = factory.CreateClient();
        var email = NewEmail(role?.ToLowerInvariant() ?? "buyer");
        (await RegisterAsync(client, email)).EnsureSuccessStatusCode();
        if (role is not null)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var granted = await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role);
            Assert.True(granted.Succeeded, string.Join(" ", granted.Errors.Select(e => e.Description)));
        }

        await SignInWithBearerAsync(client, email);
        return (client, email);
    }

    /// <summary>Signs <paramref name="client"/> in as a registered user: it then sends the bearer token of <c>/api/v1/auth/login</c>.</summary>
    public static async Task SignInWithBearerAsync(HttpClient client, string email)
    {
        var login = await LoginAsync(client, email);
        login.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
    }
}
