using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Integration.Stats;

/// <summary>
/// After a scripted mix of every kind of write, what the statistics API serves (from the maintained counts) equals a
/// recount from the visible report rows, for each filter; and <c>stats verify</c> agrees.
/// </summary>
public sealed class MaintainedStatsApiTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private static readonly StatsWrite[] Script =
    [
        .. Enumerable.Range(0, 12).Select(i => new StatsWrite(StatsWriteKind.Create, i * 7, i * 3, i)),
        new(StatsWriteKind.Event, 0, 0, 0), new(StatsWriteKind.Event, 0, 2, 0), new(StatsWriteKind.Event, 1, 1, 0), new(StatsWriteKind.Event, 1, 3, 0),
        new(StatsWriteKind.Event, 2, 0, 0), new(StatsWriteKind.Event, 2, 4, 0), new(StatsWriteKind.Event, 3, 2, 0), new(StatsWriteKind.Event, 3, 5, 0),
        new(StatsWriteKind.Edit, 4, 9, 5), new(StatsWriteKind.Edit, 1, 2, 3), new(StatsWriteKind.Delete, 5, 0, 0),
        new(StatsWriteKind.Merge, 6, 7, 0), new(StatsWriteKind.Merge, 8, 9, 0), new(StatsWriteKind.Undo, 0, 0, 0),
        new(StatsWriteKind.Hide, 10, 0, 0), new(StatsWriteKind.Hide, 2, 0, 0), new(StatsWriteKind.Unhide, 2, 0, 0),
        new(StatsWriteKind.Import, 4, 0, 1), new(StatsWriteKind.Erase, 0, 0, 0), new(StatsWriteKind.Create, 3, 1, 2),
    ];

    [Theory]
    [InlineData("")]
    [InlineData("brand=XIAOMI")]
    [InlineData("from=2017-03-05&to=2017-03-20")]
    [InlineData("to=2017-03-10")]
    [InlineData("shop=GearBest")]
    [InlineData("category=Phone&carrier=SG")]
    [InlineData("brand=Xiaomi&from=2017-03-01")]
    [InlineData("declaration=phone")]
    [InlineData("wordingClass=Phone")]
    [InlineData("wordingClass=other&brand=Xiaomi")]
    [InlineData("wording=gift")]
    public async Task The_api_serves_what_a_recount_of_the_rows_gives(string query)
    {
        await EnsureScriptedAsync();
        var client = factory.CreateClient();
        var filter = Parse(query);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        var rows = await filter.Apply(db).Select(p => new { p.CustomsPoint!.Code, p.Outcome, p.DaysHeld, p.ShippedOn, p.DeclarationWording, p.WordingClass }).ToListAsync();
        Assert.NotEmpty(rows);

        var points = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/points?{query}");
        foreach (var point in points.EnumerateArray())
        {
            var ofPoint = rows.Where(r => r.Code == point.GetProperty("code").GetString()).ToList();
            int Count(Outcome outcome) => ofPoint.Count(r => r.Outcome == outcome);
            var days = new DaysHistogram();
            foreach (var held in ofPoint.Where(r => r.DaysHeld is not null))
            {
                days.Add(held.DaysHeld!.Value, 1);
            }

            Assert.Equal(
                (ofPoint.Count, Count(Outcome.Passed), Count(Outcome.Returned), Count(Outcome.Seized), Count(Outcome.Pending), days.Median, days.Percentile90),
                (point.GetProperty("reports").GetInt32(), point.GetProperty("passed").GetInt32(), point.GetProperty("returned").GetInt32(),
                    point.GetProperty("seized").GetInt32(), point.GetProperty("pending").GetInt32(), Int(point, "medianDaysHeld"), Int(point, "percentile90DaysHeld")));
        }

        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/points/orenburg/timeline?bucket=week&{query}");
        var expectedWeeks = rows.Where(r => r.Code == "orenburg" && r.ShippedOn is not null)
            .GroupBy(r => StatsService.PeriodStart(r.ShippedOn!.Value, TimelineBucket.Week)).OrderBy(g => g.Key)
            .Select(g => $"{g.Key:yyyy-MM-dd} {g.Count(r => r.Outcome == Outcome.Passed)} {g.Count(r => r.Outcome == Outcome.Pending)}");
        Assert.Equal(expectedWeeks, timeline.EnumerateArray().Select(w =>
            $"{w.GetProperty("periodStart").GetString()} {w.GetProperty("passed").GetInt32()} {w.GetProperty("pending").GetInt32()}"));

        var declarations = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/declarations?{query}");
        var expectedWordings = rows.Where(r => !string.IsNullOrEmpty(r.DeclarationWording))
            .GroupBy(r => $"{r.DeclarationWording}@{r.Code}").Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal);
        Assert.Equal(expectedWordings, declarations.EnumerateArray()
            .Select(d => $"{d.GetProperty("wording").GetString()}@{d.GetProperty("pointCode").GetString()} {d.GetProperty("reports").GetInt32()}").Order(StringComparer.Ordinal));

        var classes = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/wording-classes?{query}");
        var expectedClasses = rows.Where(r => r.WordingClass is not null)
            .GroupBy(r => $"{r.WordingClass}@{r.Code}").Select(g => $"{g.Key} {g.Count()} {g.Count(r => r.Outcome == Outcome.Passed)}").Order(StringComparer.Ordinal);
        Assert.Equal(expectedClasses, classes.EnumerateArray().Select(c =>
            $"{c.GetProperty("wordingClass").GetString()}@{c.GetProperty("pointCode").GetString()} {c.GetProperty("reports").GetInt32()} {c.GetProperty("passed").GetInt32()}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Stats_verify_exits_0_after_the_writes_and_1_naming_the_key_of_a_tampered_count()
    {
        await EnsureScriptedAsync();

        var agreeing = await AppProcess.RunAsync(factory.Database, "stats", "verify");
        Assert.True(agreeing.ExitCode == 0, agreeing.Error);
        Assert.Contains("equal a recount", agreeing.Output, StringComparison.Ordinal);

        await using (var connection = factory.Database.Open())
        await using (var tamper = connection.CreateCommand())
        {
            tamper.CommandText = """UPDATE "StatsCells" SET "Count" = "Count" + 2 WHERE "Grain" = 1 AND "Outcome" = 0""";
            Assert.True(await tamper.ExecuteNonQueryAsync() > 0);
        }

        var differing = await AppProcess.RunAsync(factory.Database, "stats", "verify");
        Assert.Equal(1, differing.ExitCode);
        Assert.Contains("Grain=1 ", differing.Output, StringComparison.Ordinal);
        Assert.Contains("Outcome=0 ", differing.Output, StringComparison.Ordinal);
        Assert.Contains("differ from a recount", differing.Error, StringComparison.Ordinal);

        var rebuilt = await AppProcess.RunAsync(factory.Database, "stats", "rebuild");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Error);
        Assert.Equal(0, (await AppProcess.RunAsync(factory.Database, "stats", "verify")).ExitCode);

        await using (var connection = factory.Database.Open())
        await using (var tamper = connection.CreateCommand())
        {
            // The wording class is a key of its own: a count moved from one class to another is a difference.
            tamper.CommandText = """UPDATE "StatsCells" SET "Count" = "Count" - 1 WHERE "Grain" = 3 AND "WordingClass" = 0 AND "Count" > 0""";
            Assert.True(await tamper.ExecuteNonQueryAsync() > 0);
        }

        var classDiffers = await AppProcess.RunAsync(factory.Database, "stats", "verify");
        Assert.Equal(1, classDiffers.ExitCode);
        Assert.Contains("Grain=3 ", classDiffers.Output, StringComparison.Ordinal);
        Assert.Contains("WordingClass=0 ", classDiffers.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await AppProcess.RunAsync(factory.Database, "stats", "rebuild")).ExitCode);
        Assert.Equal(2, (await AppProcess.RunAsync(factory.Database, "stats", "frobnicate")).ExitCode);
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _scripted;

    private async Task EnsureScriptedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!_scripted)
            {
                var writes = await StatsWrites.StartAsync(factory);
                foreach (var write in Script)
                {
                    await writes.RunAsync(write);
                }

                _scripted = true;
            }
        }
        finally
        {
            Once.Release();
        }
    }

    private StatsFilter Parse(string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        return StatsFilter.Parse(new StatsQuery(values.GetValueOrDefault("from"), values.GetValueOrDefault("to"), values.GetValueOrDefault("brand"),
            values.GetValueOrDefault("category"), values.GetValueOrDefault("carrier"), values.GetValueOrDefault("shop"), values.GetValueOrDefault("declaration"),
            values.GetValueOrDefault("wordingClass"), values.GetValueOrDefault("wording")), localizer).Filter!;
    }

    private static int? Int(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetInt32();
}
