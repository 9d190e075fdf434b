using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Integration;

/// <summary>Statistics are cached, and every change to reports drops the cache at once.</summary>
public sealed class StatsCacheTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task A_new_report_and_its_outcome_show_in_the_statistics_right_after_they_are_saved()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var before = await OrenburgAsync();
        Assert.Equal(before.ToString(), (await OrenburgAsync()).ToString()); // now cached

        var created = await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var afterCreate = await OrenburgAsync();
        await buyer.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("ArrivedAtCustoms", "2017-04-10", null));
        await buyer.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("Released", "2017-04-12", null));
        var afterRelease = await OrenburgAsync();
        await buyer.DeleteAsync($"/api/v1/parcels/{id}");
        var afterDelete = await OrenburgAsync();

        Assert.Equal(Count(before, "pending") + 1, Count(afterCreate, "pending"));
        Assert.Equal(Count(before, "passed") + 1, Count(afterRelease, "passed"));
        Assert.Equal(Count(before, "pending"), Count(afterRelease, "pending"));
        Assert.Equal(before.ToString(), afterDelete.ToString());
    }

    /// <summary>A merge is stored by set-based SQL, which the SaveChanges interceptor does not see; it drops the cache itself.</summary>
    [Fact]
    public async Task A_merge_shows_in_the_statistics_right_after_it_is_stored()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, ParcelWatch.Data.Entities.Roles.Moderator);
        var ids = new List<int>();
        foreach (var number in new[] { ParcelRequests.NewChinaPostNumber(), ParcelRequests.NewChinaPostNumber() })
        {
            var created = await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg(number));
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        }

        var before = await OrenburgAsync();
        Assert.Equal(before.ToString(), (await OrenburgAsync()).ToString()); // now cached
        var merged = await moderator.PostAsJsonAsync("/api/v1/moderation/merges", new { canonicalId = ids[0], duplicateIds = new[] { ids[1] }, reason = "same parcel" });
        merged.EnsureSuccessStatusCode();

        Assert.Equal(Count(before, "reports") - 1, Count(await OrenburgAsync(), "reports"));
    }

    private async Task<JsonElement> OrenburgAsync() =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/stats/points"))
            .EnumerateArray().Single(p => p.GetProperty("code").GetString() == "orenburg");

    private static int Count(JsonElement point, string field) => point.GetProperty(field).GetInt32();
}
