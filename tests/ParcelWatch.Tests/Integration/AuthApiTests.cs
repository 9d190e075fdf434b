using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;
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

    /// <summary>
    /// OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA512 with at least 210,000 iterations. Read from the hash the
    /// registration stored (Identity's v3 format: 0x01, then PRF, iteration count and salt length as big-endian
    /// 32-bit numbers), so that it fails when the app's hasher settings are lost, not only when a constant changes.
    /// </summary>
    [Fact]
    public async Task A_registered_password_is_stored_as_pbkdf2_sha512_with_210000_iterations()
    {
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(factory.CreateClient(), email)).EnsureSuccessStatusCode();

        var stored = StoredPasswordHash(email);
        var bytes = Convert.FromBase64String(stored);

        Assert.Equal(0x01, bytes[0]);
        Assert.Equal((uint)KeyDerivationPrf.HMACSHA512, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)) >= 16, "a salt of at least 128 bits");
        var hasher = factory.Services.GetRequiredService<IPasswordHasher<ApplicationUser>>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(new ApplicationUser(), stored, ParcelWatchFactory.Password));
    }

    private static async Task<JsonElement> ProblemErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return problem.GetProperty("errors");
    }

    private string StoredPasswordHash(string email)
    {
        using var connection = factory.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"PasswordHash\" FROM \"AspNetUsers\" WHERE \"Email\" = @email";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "email";
        parameter.Value = email;
        command.Parameters.Add(parameter);
        return Assert.IsType<string>(command.ExecuteScalar());
    }
}
