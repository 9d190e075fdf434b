using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// A known dataset, logged through the API, and the exact numbers the statistics must give:
/// Orenburg 1 passed, 3 returned, 1 pending (Xiaomi, "cell phone", China Post, shipped 2017-04-03);
/// Vnukovo 4 passed (Xiaomi and Meizu, "ANDROID PHONE. VALUE $18", Singapore Post, shipped 2017-05-01),
/// plus one hidden and one duplicate Vnukovo report that must never count.
/// </summary>
public sealed class StatsDataset : ParcelWatchFactory, IAsyncLifetime
{
    public List<string> OrderNumbers { get; } = [];

    public List<string> TrackingNumbers { get; } = [];

    public string ReporterEmail { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (client, email) = await AuthApi.CreateBearerClientAsync(this);
        ReporterEmail = email;
        for (var i = 0; i < 5; i++)
        {
            var id = await CreateAsync(client, ParcelRequests.RedmiToOrenburg());
            if (i < 3)
            {
                await EventsAsync(client, id, ("Held", "2017-04-10"), ("Returned", "2017-04-24"));
            }
            else if (i == 3)
            {
                await EventsAsync(client, id, ("ArrivedAtCustoms", "2017-04-10"), ("Released", "2017-04-12"));
            }
        }

        string[] brands = ["Xiaomi", "Xiaomi", "Meizu", "Xiaomi", "Xiaomi", "Xiaomi"];
        var hiddenIds = new List<int>();
        for (var i = 0; i < brands.Length; i++)
        {
            var request = ParcelRequests.RedmiToOrenburg(ParcelRequests.NewS10Number("SG")) with
            {
                CustomsPointCode = "vnukovo",
                Brand = brands[i],
                DeclarationText = "ANDROID PHONE. VALUE $18",
                DeclaredValue = 18,
                ShippedOn = "2017-05-01",
            };
            var id = await CreateAsync(client, request);
            await EventsAsync(client, id, ("ArrivedAtCustoms", "2017-05-14"), ("Released", "2017-05-14"));
            if (i >= 4)
            {
                hiddenIds.Add(id);
            }
        }

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        await db.ParcelReports.Where(p => p.Id == hiddenIds[0]).ExecuteUpdateAsync(s => s.SetProperty(p => p.ModerationState, ModerationState.Hidden));
        await db.ParcelReports.Where(p => p.Id == hiddenIds[1]).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.ModerationState, ModerationState.Duplicate).SetProperty(p => p.DuplicateOfId, hiddenIds[0] - 1));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task<int> CreateAsync(HttpClient client, ParcelRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/parcels", request);
        response.EnsureSuccessStatusCode();
        OrderNumbers.Add(request.OrderNumber!);
        TrackingNumbers.Add(request.TrackingNumber!);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    private static async Task EventsAsync(HttpClient client, int id, params (string Kind, string Date)[] events)
    {
        foreach (var (kind, date) in events)
        {
            (await client.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest(kind, date, null))).EnsureSuccessStatusCode();
        }
    }
}

public sealed class StatsApiTests(StatsDataset data) : IClassFixture<StatsDataset>
{
    private readonly HttpClient _client = data.CreateClient();

    [Fact]
    public async Task Per_point_counts_rates_intervals_and_days_are_exact()
    {
        var points = await PointsAsync("");

        var orenburg = points["orenburg"];
        Assert.Equal((5, 1, 3, 0, 1), Counts(orenburg));
        Assert.Equal(0.25, orenburg.GetProperty("passRate").GetDouble(), 6);
        var interval = Wilson.Interval95(1, 4)!.Value;
        Assert.Equal(interval.Low, orenburg.GetProperty("passRateLow").GetDouble(), 6);
        Assert.Equal(interval.High, orenburg.GetProperty("passRateHigh").GetDouble(), 6);
        Assert.Equal(14, orenburg.GetProperty("medianDaysHeld").GetInt32());
        Assert.Equal(14, orenburg.GetProperty("percentile90DaysHeld").GetInt32());
        Assert.False(orenburg.GetProperty("hasEnoughData").GetBoolean());

        var vnukovo = points["vnukovo"];
        Assert.Equal((4, 4, 0, 0, 0), Counts(vnukovo));
        Assert.Equal(1.0, vnukovo.GetProperty("passRate").GetDouble(), 6);
        Assert.Equal(0, vnukovo.GetProperty("medianDaysHeld").GetInt32());

        var sheremetyevo = points["sheremetyevo"];
        Assert.Equal(0, sheremetyevo.GetProperty("reports").GetInt32());
        Assert.Equal(JsonValueKind.Null, sheremetyevo.GetProperty("passRate").ValueKind);
    }

    [Theory]
    [InlineData("brand=meizu", 0, 1)]
    [InlineData("brand=Xiaomi", 5, 3)]
    [InlineData("carrier=SG", 0, 4)]
    [InlineData("carrier=cn", 5, 0)]
    [InlineData("declaration=android", 0, 4)]
    [InlineData("declaration=CELL", 5, 0)]
    [InlineData("from=2017-05-01", 0, 4)]
    [InlineData("to=2017-04-30", 5, 0)]
    [InlineData("from=2017-04-01&to=2017-05-31&brand=Xiaomi&carrier=SG", 0, 3)]
    [InlineData("shop=GearBest", 0, 0)]
    [InlineData("shop=AliExpress&category=Phone", 5, 4)]
    [InlineData("category=Tablet", 0, 0)]
    public async Task Every_filter_narrows_the_counts(string query, int orenburg, int vnukovo)
    {
        var points = await PointsAsync(query);

        Assert.Equal(orenburg, points["orenburg"].GetProperty("reports").GetInt32());
        Assert.Equal(vnukovo, points["vnukovo"].GetProperty("reports").GetInt32());
    }

    [Theory]
    [InlineData("from=2017-13-01", "from")]
    [InlineData("category=Spaceship", "category")]
    [InlineData("from=2017-05-02&to=2017-05-01", "to")]
    public async Task Bad_filters_are_a_400_on_their_field(string query, string field)
    {
        var response = await _client.GetAsync("/api/v1/stats/points?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Timeline_buckets_by_week_and_month_of_shipping()
    {
        var weeks = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points/orenburg/timeline?bucket=week");
        var months = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points/vnukovo/timeline?bucket=month");

        var week = Assert.Single(weeks.EnumerateArray());
        Assert.Equal("2017-04-03", week.GetProperty("periodStart").GetString());
        Assert.Equal((1, 3, 0, 1), (week.GetProperty("passed").GetInt32(), week.GetProperty("returned").GetInt32(),
            week.GetProperty("seized").GetInt32(), week.GetProperty("pending").GetInt32()));
        var month = Assert.Single(months.EnumerateArray());
        Assert.Equal("2017-05-01", month.GetProperty("periodStart").GetString());
        Assert.Equal(4, month.GetProperty("passed").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/stats/points/atlantis/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/v1/stats/points/orenburg/timeline?bucket=day")).StatusCode);
    }

    [Fact]
    public async Task Declarations_group_normalized_wordings_per_point()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/declarations");

        var cellPhone = rows.EnumerateArray().Single(r => r.GetProperty("wording").GetString() == "cell phone");
        var androidPhone = rows.EnumerateArray().Single(r => r.GetProperty("wording").GetString() == "android phone");
        Assert.Equal("orenburg", cellPhone.GetProperty("pointCode").GetString());
        Assert.Equal(5, cellPhone.GetProperty("reports").GetInt32());
        Assert.Equal(0.25, cellPhone.GetProperty("passRate").GetDouble(), 6);
        Assert.Equal("vnukovo", androidPhone.GetProperty("pointCode").GetString());
        Assert.Equal(4, androidPhone.GetProperty("passed").GetInt32());
        var onlyVnukovo = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/declarations?point=vnukovo");
        Assert.Contains(onlyVnukovo.EnumerateArray(), r => r.GetProperty("wording").GetString() == "android phone");
        Assert.All(onlyVnukovo.EnumerateArray(), r => Assert.Equal("vnukovo", r.GetProperty("pointCode").GetString()));
    }

    [Fact]
    public async Task Csv_export_opens_in_excel_and_holds_no_private_field()
    {
        var response = await _client.GetAsync("/api/v1/export/parcels.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 9, lines.Length);
        var header = lines[0].Split(',');
        Assert.Contains("CustomsPoint", header);
        Assert.Contains("Outcome", header);
        AssertNoPrivateData(header, text);
    }

    [Fact]
    public async Task Json_export_with_a_filter_holds_no_private_field()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/v1/export/parcels.json?carrier=SG");
        var text = rows.ToString();

        Assert.Equal(4, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("vnukovo", r.GetProperty("customsPoint").GetString()));
        AssertNoPrivateData(rows[0].EnumerateObject().Select(p => p.Name).ToArray(), text);
    }

    private void AssertNoPrivateData(string[] columns, string content)
    {
        foreach (var column in columns)
        {
            Assert.DoesNotContain("order", column, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("reporter", column, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("email", column, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("tracking", column, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(data.ReporterEmail, content, StringComparison.Ordinal);
        Assert.All(data.OrderNumbers, order => Assert.DoesNotContain(order, content, StringComparison.Ordinal));
        Assert.All(data.TrackingNumbers, tracking => Assert.DoesNotContain(tracking, content, StringComparison.Ordinal));
    }

    private async Task<Dictionary<string, JsonElement>> PointsAsync(string query)
    {
        var points = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points?" + query);
        return points.EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!);
    }

    private static (int, int, int, int, int) Counts(JsonElement point) => (
        point.GetProperty("reports").GetInt32(), point.GetProperty("passed").GetInt32(), point.GetProperty("returned").GetInt32(),
        point.GetProperty("seized").GetInt32(), point.GetProperty("pending").GetInt32());
}
