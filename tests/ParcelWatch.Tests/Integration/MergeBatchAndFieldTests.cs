using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// <c>POST /api/v1/moderation/merges/batch</c> (many merges, all or none) and a merge where the moderator picks, per
/// field, the duplicate's value; undo puts the canonical's own values back unless someone edited them since.
/// </summary>
public sealed class MergeBatchAndFieldTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string Batch = "/api/v1/moderation/merges/batch";

    [Fact]
    public async Task A_batch_merges_every_pair_in_one_go_and_each_merge_can_be_undone_on_its_own()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var pairs = new List<(int Canonical, int Duplicate)>();
        for (var i = 0; i < 3; i++)
        {
            var request = ParcelRequests.RedmiToOrenburg();
            pairs.Add((await ParcelApi.CreateAsync(buyer, request), await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null })));
        }

        var response = await moderator.PostAsJsonAsync(Batch, new
        {
            merges = pairs.Select(p => new { canonicalId = p.Canonical, duplicateIds = new[] { p.Duplicate }, reason = "same tracking number" }),
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var merges = (await ParcelApi.ReadAsync(response)).EnumerateArray().ToList();
        Assert.Equal(pairs, merges.Select(m => (m.GetProperty("canonicalId").GetInt32(), m.GetProperty("duplicateId").GetInt32())));
        foreach (var (_, duplicateId) in pairs)
        {
            Assert.Equal("Duplicate", (await ReportAsync(moderator, duplicateId)).GetProperty("moderationState").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsync($"/api/v1/moderation/merges/{merges[1].GetProperty("id").GetInt32()}/undo", null)).StatusCode);
        var states = await Task.WhenAll(pairs.Select(async p => (await ReportAsync(moderator, p.Duplicate)).GetProperty("moderationState").GetString()!));
        Assert.Equal(["Duplicate", "Visible", "Duplicate"], states);
    }

    [Fact]
    public async Task A_batch_with_one_refused_merge_changes_nothing()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var a = await ParcelApi.CreateAsync(buyer);
        var b = await ParcelApi.CreateAsync(buyer);
        var c = await ParcelApi.CreateAsync(buyer);

        var response = await moderator.PostAsJsonAsync(Batch, new
        {
            merges = new object[]
            {
                new { canonicalId = a, duplicateIds = new[] { b } },
                new { canonicalId = c, duplicateIds = new[] { b } }, // b was merged by the first one
            },
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(b.ToString(System.Globalization.CultureInfo.InvariantCulture), (await ParcelApi.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Visible", (await ReportAsync(moderator, b)).GetProperty("moderationState").GetString());
        var merges = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/moderation/merges?reportId={b}");
        Assert.Equal(0, merges.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_later_merge_in_a_batch_that_names_an_earlier_duplicate_goes_to_its_root()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var a = await ParcelApi.CreateAsync(buyer);
        var b = await ParcelApi.CreateAsync(buyer);
        var c = await ParcelApi.CreateAsync(buyer);

        var response = await moderator.PostAsJsonAsync(Batch, new
        {
            merges = new object[] { new { canonicalId = a, duplicateIds = new[] { b } }, new { canonicalId = b, duplicateIds = new[] { c } } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(a, (await ReportAsync(moderator, c)).GetProperty("duplicateOfId").GetInt32());
    }

    [Theory]
    [InlineData("""{"merges":[]}""", "merges")]
    [InlineData("""{"merges":[null]}""", "merges[0]")]
    [InlineData("""{"merges":[{"canonicalId":1,"duplicateIds":[2]},{"duplicateIds":[3]}]}""", "merges[1].canonicalId")]
    [InlineData("""{"merges":[{"canonicalId":1,"duplicateIds":[2],"fieldWinners":{"trackingNumber":2}}]}""", "merges[0].fieldWinners.trackingNumber")]
    [InlineData("""{"merges":[{"canonicalId":1,"duplicateIds":[2],"fieldWinners":{"brand":7}}]}""", "merges[0].fieldWinners.brand")]
    public async Task A_bad_batch_is_a_400_naming_the_field(string body, string field)
    {
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);

        var response = await moderator.PostAsync(Batch, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await ParcelApi.ReadAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"no error on {field}");
    }

    [Fact]
    public async Task A_batch_larger_than_the_limit_is_refused()
    {
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var merges = Enumerable.Range(0, 21).Select(i => new { canonicalId = 1, duplicateIds = Enumerable.Range(1000 + (i * 50), 50).ToArray() });

        var response = await moderator.PostAsJsonAsync(Batch, new { merges });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_moderator_picks_the_duplicates_brand_and_value_and_undo_puts_the_canonicals_back()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = ParcelRequests.RedmiToOrenburg() with { Brand = "xiaomi", Model = "Redmi 4", DeclaredValue = null, Currency = null };
        var canonicalId = await ParcelApi.CreateAsync(buyer, request);
        var duplicateId = await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null, Brand = "Xiaomi", Model = "Redmi 4X", DeclaredValue = 149.99m, Currency = "USD" });

        var response = await moderator.PostAsJsonAsync("/api/v1/moderation/merges", new
        {
            canonicalId,
            duplicateIds = new[] { duplicateId },
            fieldWinners = new Dictionary<string, int> { ["brand"] = duplicateId, ["declaredValue"] = duplicateId, ["model"] = canonicalId },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var merge = (await ParcelApi.ReadAsync(response))[0];
        var changes = merge.GetProperty("fieldChanges").EnumerateArray()
            .Select(c => (c.GetProperty("field").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString()))
            .ToList();
        Assert.Equal([("brand", "xiaomi", "Xiaomi"), ("declaredValue", null, "149.99 USD")], changes);
        var merged = await ReportAsync(moderator, canonicalId);
        Assert.Equal(("Xiaomi", "Redmi 4", 149.99m, "USD"), Describe(merged));

        var undo = await moderator.PostAsync($"/api/v1/moderation/merges/{merge.GetProperty("id").GetInt32()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(("xiaomi", "Redmi 4", (decimal?)null, (string?)null), Describe(await ReportAsync(moderator, canonicalId)));
    }

    [Fact]
    public async Task Undo_keeps_an_edit_the_owner_made_after_the_merge()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = ParcelRequests.RedmiToOrenburg() with { Model = "Redmi 4" };
        var canonicalId = await ParcelApi.CreateAsync(buyer, request);
        var duplicateId = await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null, Model = "Redmi 4X" });
        var merge = (await ParcelApi.ReadAsync(await moderator.PostAsJsonAsync("/api/v1/moderation/merges", new
        {
            canonicalId,
            duplicateIds = new[] { duplicateId },
            fieldWinners = new Dictionary<string, int> { ["model"] = duplicateId },
        })))[0];
        var version = (await ReportAsync(buyer, canonicalId)).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await buyer.PutAsJsonAsync($"/api/v1/parcels/{canonicalId}", request with { Model = "Redmi 4X Pro", Version = version })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsync($"/api/v1/moderation/merges/{merge.GetProperty("id").GetInt32()}/undo", null)).StatusCode);

        Assert.Equal("Redmi 4X Pro", (await ReportAsync(buyer, canonicalId)).GetProperty("model").GetString());
    }

    [SqliteOnlyFact("compares the text SQLite stores; PostgreSQL's typed columns leave no format to compare")]
    public async Task Rows_the_batch_writer_stores_look_exactly_like_rows_EF_Core_stores()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var request = ParcelRequests.RedmiToOrenburg() with { DeclaredValue = null, Currency = null, ShippedOn = null };
        var canonicalId = await ParcelApi.CreateAsync(buyer, request);
        var duplicateId = await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null, DeclaredValue = 149.90m, Currency = "USD", ShippedOn = "2017-04-05" });
        await ParcelApi.AddEventAsync(buyer, duplicateId, "Held", "2017-04-10");
        await ParcelApi.AddEventAsync(buyer, duplicateId, "Released", "2017-04-12");
        var winners = new Dictionary<string, int> { ["declaredValue"] = duplicateId, ["shippedOn"] = duplicateId };
        (await moderator.PostAsJsonAsync("/api/v1/moderation/merges", new { canonicalId, duplicateIds = new[] { duplicateId }, fieldWinners = winners })).EnsureSuccessStatusCode();

        var merged = Stored(canonicalId); // written by MergeWriter
        var byEfCore = Stored(await ParcelApi.CreateAsync(buyer, request with { DeclaredValue = 149.90m, Currency = "USD", ShippedOn = "2017-04-05" }));

        Assert.Equal(byEfCore["DeclaredValue"], merged["DeclaredValue"]);
        Assert.Equal(byEfCore["ShippedOn"], merged["ShippedOn"]);
        Assert.Equal(byEfCore["CreatedAt"].Type, merged["UpdatedAt"].Type);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,7})?$", merged["UpdatedAt"].Value);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,7})?$", byEfCore["UpdatedAt"].Value);
        Assert.Equal(("2017-04-12", "2", ((int)Outcome.Passed).ToString(System.Globalization.CultureInfo.InvariantCulture)), (merged["DecidedOn"].Value, merged["DaysHeld"].Value, merged["Outcome"].Value));
    }

    /// <summary>Each column's stored text and SQLite type, read past EF Core.</summary>
    private Dictionary<string, (string? Value, string Type)> Stored(int id)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(factory.Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM ParcelReports WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(
            reader.GetName,
            i => (reader.IsDBNull(i) ? null : reader.GetString(i), reader.GetDataTypeName(i)));
    }

    private static async Task<JsonElement> ReportAsync(HttpClient client, int id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");

    private static (string?, string?, decimal?, string?) Describe(JsonElement report) => (
        report.GetProperty("brand").GetString(),
        report.GetProperty("model").GetString(),
        report.GetProperty("declaredValue").ValueKind == JsonValueKind.Null ? null : report.GetProperty("declaredValue").GetDecimal(),
        report.GetProperty("currency").GetString());
}
