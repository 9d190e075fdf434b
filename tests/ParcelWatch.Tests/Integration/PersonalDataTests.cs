using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>A buyer downloads everything stored about them, then deletes the account; the statistics do not move.</summary>
public sealed class PersonalDataTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task The_download_holds_my_account_and_my_reports_with_order_numbers_and_nobody_else_s()
    {
        var (buyer, email) = await AuthApi.CreateBearerClientAsync(factory);
        var (other, _) = await AuthApi.CreateBearerClientAsync(factory);
        var mine = await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg(orderNumber: "8100000000001"));
        var theirs = await ParcelApi.CreateAsync(other);

        var response = await buyer.GetAsync("/api/v1/account/data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var data = await ParcelApi.ReadAsync(response);
        Assert.Equal(email, data.GetProperty("email").GetString());
        var report = Assert.Single(data.GetProperty("reports").EnumerateArray());
        Assert.Equal((mine, "8100000000001"), (report.GetProperty("id").GetInt32(), report.GetProperty("orderNumber").GetString()));
        Assert.NotEqual(theirs, report.GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/account/data")).StatusCode);
    }

    [Fact]
    public async Task Deleting_needs_the_password_then_the_account_goes_and_its_reports_stay_anonymized()
    {
        var (buyer, email) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg(orderNumber: "8100000000002"));
        await ParcelApi.AddEventAsync(buyer, id, "Held", "2017-04-10");
        var before = await StatsAsync();

        var refused = await buyer.PostAsJsonAsync("/api/v1/account/delete", new { password = "not my passphrase at all" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await ParcelApi.ReadAsync(refused)).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync("/api/v1/account/data")).StatusCode);

        var deleted = await buyer.PostAsJsonAsync("/api/v1/account/delete", new { password = ParcelWatchFactory.Password });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await buyer.GetAsync("/api/v1/account/data")).StatusCode); // the token died with the account
        Assert.Equal(HttpStatusCode.Unauthorized, (await AuthApi.LoginAsync(factory.CreateClient(), email)).StatusCode);
        Assert.Equal(before, await StatsAsync());
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, ParcelWatch.Data.Entities.Roles.Moderator);
        var report = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        Assert.Equal(JsonValueKind.Null, report.GetProperty("orderNumber").ValueKind);
        Assert.Equal(1, report.GetProperty("events").GetArrayLength());
        var audit = await moderator.GetFromJsonAsync<JsonElement>("/api/v1/moderation/audit?action=delete-account");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("details").GetString()!.Contains("\"anonymizedReports\":1", StringComparison.Ordinal));
    }

    private async Task<string> StatsAsync() => (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/stats/points")).ToString();
}
