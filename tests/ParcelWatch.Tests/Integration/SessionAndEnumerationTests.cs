using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Moderation;

namespace ParcelWatch.Tests.Integration;

/// <summary>Sign-out everywhere when the security stamp changes; sign-in answers that do not tell which emails have accounts.</summary>
public sealed class SessionAndEnumerationTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task A_password_change_signs_out_every_other_session_cookie_and_token_alike()
    {
        var (tokenClient, email) = await AuthApi.CreateBearerClientAsync(factory);
        var cookieClient = factory.CreateClient();
        (await AuthApi.LoginAsync(cookieClient, email, useCookies: true)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await cookieClient.GetAsync("/api/v1/parcels?mine=true")).StatusCode);

        var change = await tokenClient.PostAsJsonAsync("/api/v1/auth/manage/info",
            new { oldPassword = ParcelWatchFactory.Password, newPassword = "another long lowercase passphrase" });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookieClient.GetAsync("/api/v1/parcels?mine=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.GetAsync("/api/v1/parcels?mine=true")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AuthApi.LoginAsync(factory.CreateClient(), email, "another long lowercase passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_moderator_s_token_stops_working_at_once()
    {
        var (moderator, email) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var (other, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/api/v1/moderation/audit")).StatusCode);
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            userId = (await users.FindByEmailAsync(email))!.Id;
        }

        Assert.Equal(HttpStatusCode.OK, (await other.DeleteAsync($"/api/v1/moderation/users/{userId}/roles/{Roles.Moderator}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await moderator.GetAsync("/api/v1/moderation/audit")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_for_an_unknown_email_is_answered_exactly_like_a_wrong_password()
    {
        var (_, email) = await AuthApi.CreateBearerClientAsync(factory);

        var wrongPassword = await AuthApi.LoginAsync(factory.CreateClient(), email, "not the passphrase at all");
        var unknown = await AuthApi.LoginAsync(factory.CreateClient(), AuthApi.NewEmail(), "not the passphrase at all");

        Assert.Equal(wrongPassword.StatusCode, unknown.StatusCode);
        Assert.Equal(await WithoutTraceIdAsync(wrongPassword), await WithoutTraceIdAsync(unknown));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_known_and_unknown_emails()
    {
        var (_, email) = await AuthApi.CreateBearerClientAsync(factory);

        var known = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgotPassword", new { email });
        var unknown = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgotPassword", new { email = AuthApi.NewEmail() });

        Assert.Equal((known.StatusCode, await WithoutTraceIdAsync(known)), (unknown.StatusCode, await WithoutTraceIdAsync(unknown)));
    }

    /// <summary>The body with the request's own trace id taken out (it differs on every answer).</summary>
    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response) =>
        System.Text.RegularExpressions.Regex.Replace(await response.Content.ReadAsStringAsync(), "\"traceId\":\"[^\"]*\"", string.Empty);
}
