using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>On a database of its own, so that its moderator is the only one.</summary>
public sealed class LastModeratorTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task The_last_moderator_cannot_be_removed_but_a_second_one_can_be_granted_and_revoked()
    {
        var (moderator, email) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var (_, otherEmail) = await AuthApi.CreateBearerClientAsync(factory);
        var self = await UserIdAsync(moderator, email);
        var other = await UserIdAsync(moderator, otherEmail);

        var refused = await moderator.DeleteAsync($"/api/v1/moderation/users/{self}/roles/Moderator");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.PutAsync("/api/v1/moderation/users/nobody/roles/Volunteer", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.PutAsync($"/api/v1/moderation/users/{other}/roles/moderator", null)).StatusCode);
        var revoked = await moderator.DeleteAsync($"/api/v1/moderation/users/{self}/roles/Moderator");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Empty((await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray());
    }

    private static async Task<string> UserIdAsync(HttpClient moderator, string email)
    {
        var page = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/moderation/users?search={Uri.EscapeDataString(email)}");
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString()!;
    }
}
