using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Moderation;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Integration;

/// <summary>Duplicate candidates, merge and undo, hiding, audit and roles through <c>/api/v1/moderation</c>.</summary>
public sealed class ModerationApiTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string AllTime = "fuzzySince=2000-01-01&pageSize=50";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/v1/moderation/duplicate-candidates" },
        { "POST", "/api/v1/moderation/merges" },
        { "POST", "/api/v1/moderation/merges/batch" },
        { "GET", "/api/v1/moderation/merges" },
        { "POST", "/api/v1/moderation/merges/1/undo" },
        { "POST", "/api/v1/moderation/parcels/1/hide" },
        { "POST", "/api/v1/moderation/parcels/1/unhide" },
        { "GET", "/api/v1/moderation/hidden" },
        { "GET", "/api/v1/moderation/audit" },
        { "GET", "/api/v1/moderation/users" },
        { "PUT", "/api/v1/moderation/users/x/roles/Volunteer" },
        { "DELETE", "/api/v1/moderation/users/x/roles/Volunteer" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Only_moderators_may_moderate(string method, string path)
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(factory.CreateClient(), method, path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(buyer, method, path)).StatusCode);
        var refused = await SendAsync(volunteer, method, path);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Candidates_are_found_for_exact_and_fuzzy_matches_and_not_for_near_misses()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var original = Unique(ParcelRequests.RedmiToOrenburg()) with { TrackingNumber = NewCainiaoNumber() };
        var originalId = await ParcelApi.CreateAsync(buyer, original);
        var sameTrackingId = await ParcelApi.CreateAsync(buyer, original with { OrderNumber = null });
        var sameOrderId = await ParcelApi.CreateAsync(buyer, original with { TrackingNumber = NewCainiaoNumber() });
        var typo = Typo(original.TrackingNumber!);
        var typoId = await ParcelApi.CreateAsync(buyer, original with { TrackingNumber = typo, OrderNumber = null, ShippedOn = "2017-04-04" });
        var nearMissId = await ParcelApi.CreateAsync(buyer, original with { TrackingNumber = NewCainiaoNumber(), OrderNumber = null });
        var tooLateId = await ParcelApi.CreateAsync(buyer, original with { TrackingNumber = Typo(typo), OrderNumber = null, ShippedOn = "2017-04-20" });

        var pairs = await CandidatesAsync(moderator);

        Assert.Equal(["sameTrackingNumber"], Reasons(pairs, originalId, sameTrackingId));
        Assert.Equal(["sameShopOrder"], Reasons(pairs, originalId, sameOrderId));
        var fuzzy = Find(pairs, originalId, typoId) ?? throw new Xunit.Sdk.XunitException("the mistyped tracking number was not found");
        Assert.InRange(fuzzy.GetProperty("score").GetDouble(), 0.8, 0.999);
        Assert.Contains("similarTrackingNumber", fuzzy.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(original.OrderNumber, fuzzy.GetProperty("first").GetProperty("orderNumber").GetString());
        Assert.Null(Find(pairs, originalId, nearMissId));
        Assert.Null(Find(pairs, typoId, tooLateId));
        Assert.DoesNotContain(pairs, p => Ids(p).Contains(nearMissId));
    }

    [Fact]
    public async Task Merge_changes_the_statistics_exactly_and_undo_restores_them_exactly()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = Unique(ParcelRequests.RedmiToOrenburg()) with { CustomsPointCode = "yekaterinburg-koltsovo" };
        var canonicalId = await ParcelApi.CreateAsync(buyer, request);
        await ParcelApi.AddEventAsync(buyer, canonicalId, "ArrivedAtCustoms", "2017-04-10");
        var duplicateId = await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null });
        await ParcelApi.AddEventAsync(buyer, duplicateId, "Held", "2017-04-10");
        await ParcelApi.AddEventAsync(buyer, duplicateId, "Returned", "2017-04-24");
        var before = await StatsAsync();

        var merge = await MergeAsync(moderator, canonicalId, [duplicateId]);

        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        var merged = (await ParcelApi.ReadAsync(merge))[0];
        Assert.Equal(2, merged.GetProperty("movedEventIds").GetArrayLength());
        var after = await StatsAsync();
        var koltsovoBefore = Point(before, "yekaterinburg-koltsovo");
        var koltsovoAfter = Point(after, "yekaterinburg-koltsovo");
        Assert.Equal(Count(koltsovoBefore, "reports") - 1, Count(koltsovoAfter, "reports"));
        Assert.Equal(Count(koltsovoBefore, "pending") - 1, Count(koltsovoAfter, "pending"));
        Assert.Equal(Count(koltsovoBefore, "returned"), Count(koltsovoAfter, "returned"));
        var canonical = await ParcelApi.ReadAsync(await moderator.GetAsync($"/api/v1/parcels/{canonicalId}"));
        Assert.Equal(("Returned", 14), (canonical.GetProperty("outcome").GetString(), canonical.GetProperty("daysHeld").GetInt32()));
        var duplicate = await ParcelApi.ReadAsync(await buyer.GetAsync($"/api/v1/parcels/{duplicateId}"));
        Assert.Equal(("Duplicate", canonicalId), (duplicate.GetProperty("moderationState").GetString(), duplicate.GetProperty("duplicateOfId").GetInt32()));

        var undo = await moderator.PostAsync($"/api/v1/moderation/merges/{merged.GetProperty("id").GetInt32()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(before.ToString(), (await StatsAsync()).ToString());
        var restored = await ParcelApi.ReadAsync(await buyer.GetAsync($"/api/v1/parcels/{duplicateId}"));
        Assert.Equal(("Visible", "Returned", 2), (restored.GetProperty("moderationState").GetString(), restored.GetProperty("outcome").GetString(), restored.GetProperty("events").GetArrayLength()));
        var again = await moderator.PostAsync($"/api/v1/moderation/merges/{merged.GetProperty("id").GetInt32()}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Merging_into_a_duplicate_resolves_to_the_root_and_undo_explains_what_depends_on_it()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = Unique(ParcelRequests.RedmiToOrenburg()) with { OrderNumber = null };
        var a = await ParcelApi.CreateAsync(buyer, request);
        var b = await ParcelApi.CreateAsync(buyer, request);
        var c = await ParcelApi.CreateAsync(buyer, request);
        var x = await ParcelApi.CreateAsync(buyer, request);
        var first = (await ParcelApi.ReadAsync(await MergeAsync(moderator, a, [b])))[0].GetProperty("id").GetInt32();

        var intoDuplicate = (await ParcelApi.ReadAsync(await MergeAsync(moderator, b, [c])))[0];
        Assert.Equal(a, intoDuplicate.GetProperty("canonicalId").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await MergeAsync(moderator, c, [a])).StatusCode); // would be a cycle
        Assert.Equal(HttpStatusCode.Conflict, (await MergeAsync(moderator, x, [b])).StatusCode); // b is already a duplicate
        Assert.Equal(HttpStatusCode.NotFound, (await MergeAsync(moderator, 999_999, [a])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MergeAsync(moderator, a, [])).StatusCode);

        var later = (await ParcelApi.ReadAsync(await MergeAsync(moderator, x, [a])))[0].GetProperty("id").GetInt32();
        var refused = await moderator.PostAsync($"/api/v1/moderation/merges/{first}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"#{later}", (await ParcelApi.ReadAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsync($"/api/v1/moderation/merges/{later}/undo", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsync($"/api/v1/moderation/merges/{first}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_merges_of_overlapping_reports_leave_consistent_data()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (first, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var (second, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = Unique(ParcelRequests.RedmiToOrenburg()) with { OrderNumber = null };
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await ParcelApi.CreateAsync(buyer, request));
            await ParcelApi.AddEventAsync(buyer, ids[^1], "Held", $"2017-04-{10 + i}");
        }

        var attempts = await Task.WhenAll(
            MergeAsync(first, ids[0], [ids[2], ids[3], ids[4]]),
            MergeAsync(second, ids[1], [ids[3], ids[4], ids[5]]),
            MergeAsync(first, ids[5], [ids[0]]),
            MergeAsync(second, ids[2], [ids[1]]));

        Assert.All(attempts, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(attempts, a => a.StatusCode == HttpStatusCode.Created);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        var reports = await db.ParcelReports.AsNoTracking().Include(p => p.Events).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var activeMerges = await db.Merges.AsNoTracking().Where(m => ids.Contains(m.DuplicateId) && m.UndoneAt == null).ToListAsync();
        Assert.Equal(6, reports.Values.Sum(r => r.Events.Count)); // no event lost or copied
        foreach (var report in reports.Values)
        {
            var merge = activeMerges.SingleOrDefault(m => m.DuplicateId == report.Id);
            Assert.Equal(report.ModerationState == ModerationState.Duplicate, merge is not null);
            if (merge is not null)
            {
                Assert.Equal(merge.CanonicalId, report.DuplicateOfId);
            }

            // Every chain of duplicates ends, without a cycle, at a visible report: the parcel counts once.
            var root = report;
            for (var hops = 0; root.DuplicateOfId is { } next; hops++)
            {
                Assert.True(hops < ids.Count, $"report #{report.Id} is on a cycle");
                root = reports[next];
            }

            Assert.Equal(ModerationState.Visible, root.ModerationState);
        }
    }

    [Fact]
    public async Task Hidden_reports_vanish_from_public_numbers_but_their_reporter_sees_why()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = Unique(ParcelRequests.RedmiToOrenburg()) with { CustomsPointCode = "saint-petersburg-pulkovo" };
        var id = await ParcelApi.CreateAsync(buyer, request);
        var before = await StatsAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/hide", new { reason = " " })).StatusCode);
        var hidden = await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/hide", new { reason = "Advertising" });

        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Equal(Count(Point(before, "saint-petersburg-pulkovo"), "reports") - 1, Count(Point(await StatsAsync(), "saint-petersburg-pulkovo"), "reports"));
        Assert.DoesNotContain(request.TrackingNumber!, await factory.CreateClient().GetStringAsync("/api/v1/export/parcels.json"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/parcels/{id}")).StatusCode);
        var own = await ParcelApi.ReadAsync(await buyer.GetAsync($"/api/v1/parcels/{id}"));
        Assert.Equal(("Hidden", "Advertising"), (own.GetProperty("moderationState").GetString(), own.GetProperty("hiddenReason").GetString()));
        var list = await moderator.GetFromJsonAsync<JsonElement>("/api/v1/moderation/hidden?pageSize=100");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.Conflict, (await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/hide", new { reason = "again" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/unhide", new { reason = "Not spam" })).StatusCode);
        Assert.Equal(before.ToString(), (await StatsAsync()).ToString());
    }

    [Fact]
    public async Task Every_moderation_action_is_audited_newest_first_and_the_log_cannot_be_changed()
    {
        var (buyer, buyerEmail) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, moderatorEmail) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = Unique(ParcelRequests.RedmiToOrenburg()) with { OrderNumber = null };
        var a = await ParcelApi.CreateAsync(buyer, request);
        var b = await ParcelApi.CreateAsync(buyer, request);
        var mergeId = (await ParcelApi.ReadAsync(await MergeAsync(moderator, a, [b])))[0].GetProperty("id").GetInt32();
        await moderator.PostAsync($"/api/v1/moderation/merges/{mergeId}/undo", null);
        await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{a}/hide", new { reason = "Spam" });
        await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{a}/unhide", new { });
        var users = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/moderation/users?search={Uri.EscapeDataString(buyerEmail)}");
        var buyerId = users.GetProperty("items")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await moderator.PutAsync($"/api/v1/moderation/users/{buyerId}/roles/Volunteer", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.DeleteAsync($"/api/v1/moderation/users/{buyerId}/roles/Volunteer")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await moderator.PutAsync($"/api/v1/moderation/users/{buyerId}/roles/Admin", null)).StatusCode);

        var log = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/moderation/audit?actor={Uri.EscapeDataString(moderatorEmail)}");

        var actions = log.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["revoke-role", "grant-role", "unhide", "hide", "undo-merge", "merge"], actions);
        Assert.All(log.GetProperty("items").EnumerateArray(), e => Assert.Equal(moderatorEmail, e.GetProperty("actorEmail").GetString()));
        var merge = log.GetProperty("items")[5];
        Assert.Contains("\"before\"", merge.GetProperty("details").GetString(), StringComparison.Ordinal);
        var hides = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/moderation/audit?action=hide&actor={Uri.EscapeDataString(moderatorEmail)}");
        Assert.Equal(1, hides.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await moderator.GetAsync("/api/v1/moderation/audit?action=delete")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync();
        entry.Details = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        var sql = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        Assert.Contains("append-only", sql.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_others_were_merged_into_cannot_be_deleted_until_the_merge_is_undone()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (other, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = Unique(ParcelRequests.RedmiToOrenburg());
        var canonicalId = await ParcelApi.CreateAsync(owner, request);
        var duplicateId = await ParcelApi.CreateAsync(other, request with { OrderNumber = null });
        var merge = await ParcelApi.ReadAsync(await MergeAsync(moderator, canonicalId, [duplicateId]));

        var refused = await owner.DeleteAsync($"/api/v1/parcels/{canonicalId}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("undo those merges", (await ParcelApi.ReadAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/parcels/{canonicalId}")).StatusCode);

        (await moderator.PostAsync($"/api/v1/moderation/merges/{merge[0].GetProperty("id").GetInt32()}/undo", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/parcels/{canonicalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/v1/parcels/{duplicateId}")).StatusCode);
    }

    private static ParcelRequest Unique(ParcelRequest request) => request with { TrackingNumber = ParcelRequests.NewChinaPostNumber(), OrderNumber = $"8{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}" };

    /// <summary>An AliExpress/Cainiao number (no check digit, so a mistyped one is still accepted).</summary>
    private static string NewCainiaoNumber() => $"LP00{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";

    /// <summary>The same number with its last digit changed: the typo a buyer makes.</summary>
    private static string Typo(string number) => number[..^1] + (number[^1] == '9' ? '0' : (char)(number[^1] + 1));

    private static Task<HttpResponseMessage> MergeAsync(HttpClient moderator, int canonicalId, int[] duplicateIds) =>
        moderator.PostAsJsonAsync("/api/v1/moderation/merges", new { canonicalId, duplicateIds, reason = "same parcel" });

    private static async Task<List<JsonElement>> CandidatesAsync(HttpClient moderator)
    {
        var pairs = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/moderation/duplicate-candidates?{AllTime}&page={page}");
            pairs.AddRange(body.GetProperty("items").EnumerateArray());
            if (pairs.Count >= body.GetProperty("totalCount").GetInt32())
            {
                return pairs;
            }
        }
    }

    private static int[] Ids(JsonElement pair) => [pair.GetProperty("first").GetProperty("id").GetInt32(), pair.GetProperty("second").GetProperty("id").GetInt32()];

    private static JsonElement? Find(List<JsonElement> pairs, int a, int b) =>
        pairs.Where(p => Ids(p).Order().SequenceEqual(new[] { a, b }.Order())).Select(p => (JsonElement?)p).FirstOrDefault();

    private static List<string?> Reasons(List<JsonElement> pairs, int a, int b) =>
        Find(pairs, a, b) is { } pair ? pair.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList() : [];

    private async Task<JsonElement> StatsAsync() => await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/stats/points");

    private static JsonElement Point(JsonElement stats, string code) => stats.EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);

    private static int Count(JsonElement point, string field) => point.GetProperty(field).GetInt32();

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "POST" or "PUT" ? JsonContent.Create(new MergeRequest(1, [2], "x")) : null,
        });
}
