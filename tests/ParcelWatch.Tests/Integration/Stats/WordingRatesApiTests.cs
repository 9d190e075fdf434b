using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Integration.Stats;

/// <summary>
/// An exact dataset of Xiaomi phones (written through EF Core, so the triggers count them as they count every write):
/// Orenburg: "phone", March 2017 20 passed + 20 returned, April 46 passed + 12 returned + 2 pending, and 5 passed "gift";
/// Vnukovo: "smartphone" 3 of 3 passed, and 1 returned "Xiaomi phone case";
/// Pulkovo: "сотовый телефон" 290 passed + 10 returned (May 2017).
/// Declared values: Orenburg's March reports 1,000 RUB (under $20), its April ones $30 ($20–50), Pulkovo's $150
/// ($100–200), Vnukovo's none.
/// </summary>
public sealed class WordingRatesDataset : ParcelWatchFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var (_, email) = await AuthApi.CreateBearerClientAsync(this);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        var reporterId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var points = await db.CustomsPoints.ToDictionaryAsync(p => p.Code, p => p.Id);
        var serial = 0;
        void Add(string point, string text, string shipped, Outcome outcome, int count)
        {
            var (value, currency) = (point, shipped[..7]) switch
            {
                ("orenburg", "2017-03") => ((decimal?)1000m, "RUB"),
                ("orenburg", _) => (30m, "USD"),
                ("saint-petersburg-pulkovo", _) => (150m, "USD"),
                _ => (null, null),
            };
            for (var i = 0; i < count; i++)
            {
                var wording = SearchKeys.Wording(text);
                db.ParcelReports.Add(new ParcelReport
                {
                    ReporterId = reporterId,
                    TrackingNumber = $"RW{++serial:D9}CN",
                    CustomsPointId = points[point],
                    Brand = "Xiaomi",
                    BrandKey = SearchKeys.Brand("Xiaomi"),
                    Category = ProductCategory.Phone,
                    DeclarationText = text,
                    DeclarationWording = wording,
                    WordingClass = SearchKeys.Class(wording),
                    DeclaredValue = value,
                    Currency = currency,
                    ShippedOn = DateOnly.Parse(shipped, System.Globalization.CultureInfo.InvariantCulture),
                    Outcome = outcome,
                    DaysHeld = outcome == Outcome.Pending ? null : 7,
                    CreatedAt = DateTime.UtcNow,
                    UpdatedAt = DateTime.UtcNow,
                });
            }
        }

        Add("orenburg", "phone", "2017-03-10", Outcome.Passed, 20);
        Add("orenburg", "phone", "2017-03-20", Outcome.Returned, 20);
        Add("orenburg", "Phone.", "2017-04-03", Outcome.Passed, 46);
        Add("orenburg", "phone", "2017-04-05", Outcome.Returned, 12);
        Add("orenburg", "phone", "2017-04-06", Outcome.Pending, 2);
        Add("orenburg", "gift", "2017-04-06", Outcome.Passed, 5);
        Add("vnukovo", "smartphone", "2017-05-01", Outcome.Passed, 3);
        Add("vnukovo", "Xiaomi phone case", "2017-05-01", Outcome.Returned, 1);
        Add("saint-petersburg-pulkovo", "сотовый телефон", "2017-05-02", Outcome.Passed, 290);
        Add("saint-petersburg-pulkovo", "сотовый телефон", "2017-05-03", Outcome.Returned, 10);
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class WordingRatesApiTests(WordingRatesDataset dataset) : IClassFixture<WordingRatesDataset>
{
    private readonly HttpClient _client = dataset.CreateClient();

    [Fact]
    public async Task Wording_classes_count_each_point_and_class()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/wording-classes?brand=xiaomi");

        Assert.Equal(
            ["orenburg Phone 100 66 32 0 2", "orenburg Other 5 5 0 0 0", "saint-petersburg-pulkovo Phone 300 290 10 0 0",
             "vnukovo Phone 3 3 0 0 0", "vnukovo Brand 1 0 1 0 0"],
            rows.EnumerateArray().Select(r => string.Join(' ', r.GetProperty("pointCode").GetString(), r.GetProperty("wordingClass").GetString(),
                r.GetProperty("reports").GetInt32(), r.GetProperty("passed").GetInt32(), r.GetProperty("returned").GetInt32(),
                r.GetProperty("seized").GetInt32(), r.GetProperty("pending").GetInt32())));
        var orenburgPhone = rows.EnumerateArray().First();
        AssertWilson(66, 98, orenburgPhone);

        var onePoint = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/wording-classes?point=vnukovo&category=Phone");
        Assert.Equal(["Phone", "Brand"], onePoint.EnumerateArray().Select(r => r.GetProperty("wordingClass").GetString()));
    }

    [Fact]
    public async Task Points_rank_by_the_wilson_lower_bound_not_the_raw_rate()
    {
        var points = await _client.GetFromJsonAsync<JsonElement>(
            "/api/v1/stats/points?brand=Xiaomi&category=Phone&wordingClass=phone&sort=lowerBound&order=desc");
        var decided = points.EnumerateArray().Where(p => p.GetProperty("passRate").ValueKind != JsonValueKind.Null).ToList();

        Assert.Equal(["saint-petersburg-pulkovo", "orenburg", "vnukovo"], decided.Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(1.0, decided[2].GetProperty("passRate").GetDouble()); // 3 of 3: the highest raw rate, ranked last
        AssertWilson(290, 300, decided[0]);
        AssertWilson(66, 98, decided[1]);
        AssertWilson(3, 3, decided[2]);
        Assert.All(points.EnumerateArray().Skip(decided.Count), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("passRateLow").ValueKind));
    }

    [Fact]
    public async Task The_rate_timeline_gives_each_month_its_decided_passed_and_interval()
    {
        var months = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points/orenburg/rate-timeline?bucket=month&wordingClass=Phone");

        Assert.Equal(["2017-03-01 40 20", "2017-04-01 58 46"], months.EnumerateArray().Select(m =>
            $"{m.GetProperty("periodStart").GetString()} {m.GetProperty("decided").GetInt32()} {m.GetProperty("passed").GetInt32()}"));
        AssertWilson(20, 40, months[0]);
        AssertWilson(46, 58, months[1]);

        var exact = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points/orenburg/rate-timeline?wording=PHONE");
        Assert.Equal(98, exact.EnumerateArray().Sum(m => m.GetProperty("decided").GetInt32()));
    }

    [Theory]
    [InlineData("/api/v1/stats/points?sort=cheapest", "sort")]
    [InlineData("/api/v1/stats/points?sort=lowerBound&order=up", "order")]
    [InlineData("/api/v1/stats/wording-classes?wordingClass=tablet", "wordingClass")]
    [InlineData("/api/v1/stats/points/orenburg/rate-timeline?bucket=year", "bucket")]
    public async Task Bad_input_is_a_field_level_problem(string url, string field)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_point_has_no_rate_timeline() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/stats/points/atlantis/rate-timeline")).StatusCode);

    /// <summary>The Wilson score interval (z = 1.96), written out here independently of the app's code.</summary>
    private static void AssertWilson(int passed, int decided, JsonElement row)
    {
        const double z = 1.959963984540054;
        double p = (double)passed / decided, n = decided;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z / (1 + z * z / n) * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        Assert.Equal(p, row.GetProperty("passRate").GetDouble(), 9);
        Assert.Equal(Math.Max(0, centre - half), row.GetProperty("passRateLow").GetDouble(), 9);
        Assert.Equal(Math.Min(1, centre + half), row.GetProperty("passRateHigh").GetDouble(), 9);
    }
}
