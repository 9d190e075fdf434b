using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Cli.Demo;
using ParcelWatch.Web.Features.Demo;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Integration;

/// <summary><c>seed-demo</c> of the real executable, on the database file of a running app.</summary>
public sealed class SeedDemoVerbTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string DemoNotice = "This site holds synthetic reports generated for demonstration";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task Seed_demo_stores_the_generated_reports_readable_through_the_api_and_refuses_to_run_twice()
    {
        Assert.False(await WithDbAsync(db => DemoData.IsPresentAsync(db, CancellationToken.None))); // also creates the database
        Assert.DoesNotContain(DemoNotice, await ReadHomePageAsync(), StringComparison.Ordinal);
        var indexes = await WithDbAsync(IndexesAsync);

        var run = await AppProcess.RunAsync(factory.Database, "seed-demo", "--reports", "2000");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Seeded 2,000 demo reports", run.Output, StringComparison.Ordinal);
        Assert.Contains("100% 2,000/2,000 reports", run.Output, StringComparison.Ordinal);
        var expected = DemoReportGenerator.Generate(2000, DemoScenario.DefaultSeed).ToList();
        var (reports, events, users, firstId) = await WithDbAsync(async db => (
            await db.ParcelReports.CountAsync(),
            await db.OutcomeEvents.CountAsync(),
            await db.Users.CountAsync(u => u.Email!.EndsWith("@" + DemoData.EmailDomain)),
            await db.ParcelReports.MinAsync(p => p.Id)));
        Assert.Equal((2000, expected.Sum(r => r.Events.Count), DemoData.UserCount), (reports, events, users));
        Assert.True(await WithDbAsync(db => DemoData.IsPresentAsync(db, CancellationToken.None)));
        Assert.Contains(DemoNotice, await ReadHomePageAsync(), StringComparison.Ordinal);
        Assert.Equal(indexes, await WithDbAsync(IndexesAsync)); // dropped for the bulk load, all built again
        await AssertStatsVerifyAsync(); // on SQLite loaded without the statistics triggers, then rebuilt

        var index = expected.FindIndex(r => r.Outcome == Outcome.Returned && r.Events.Count > 2);
        var response = await factory.CreateClient().GetAsync($"/api/v1/parcels/{firstId + index}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parcel = (await response.Content.ReadFromJsonAsync<ParcelResponse>(Json))!;
        var derived = OutcomeRules.Derive(parcel.Events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList());
        Assert.Equal((derived.Outcome, derived.DaysHeld), (parcel.Outcome, parcel.DaysHeld));
        Assert.Equal((expected[index].TrackingNumber, expected[index].Outcome), (parcel.TrackingNumber, parcel.Outcome));
        Assert.Equal(expected[index].Events.Select(e => (e.Kind, e.OccurredOn, e.Note)), parcel.Events.Select(e => (e.Kind, e.OccurredOn, e.Note)));

        var again = await AppProcess.RunAsync(factory.Database, "seed-demo", "--reports", "2000");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds demo data", again.Error, StringComparison.Ordinal);
        Assert.Equal(2000, await WithDbAsync(db => db.ParcelReports.CountAsync()));

        var appended = await AppProcess.RunAsync(factory.Database, "seed-demo", "--reports", "10", "--seed", "7", "--append");

        Assert.True(appended.ExitCode == 0, appended.Error);
        Assert.Equal((2010, firstId + 2009), await WithDbAsync(async db => (await db.ParcelReports.CountAsync(), await db.ParcelReports.MaxAsync(p => p.Id))));
        await AssertStatsVerifyAsync(); // appended with the triggers in place
    }

    private async Task AssertStatsVerifyAsync()
    {
        var verify = await AppProcess.RunAsync(factory.Database, "stats", "verify");
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
    }

    /// <summary>The index (and on SQLite trigger) definitions of the report tables, as the database keeps them.</summary>
    private static Task<List<string>> IndexesAsync(ParcelWatchDbContext db) =>
        db.Database.SqlQueryRaw<string>(db.Database.IsSqlite()
            ? "SELECT sql AS Value FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ('ParcelReports', 'OutcomeEvents') AND sql IS NOT NULL ORDER BY name"
            : """SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename IN ('ParcelReports', 'OutcomeEvents') ORDER BY indexname""")
            .ToListAsync();

    private async Task<string> ReadHomePageAsync()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        // The seed writes from another process, which this instance's kept pages learn of only after Stats:CacheSeconds
        // (ADR-017); a query of its own makes this a page the reader cache has not kept, rendered from the database.
        return await client.GetStringAsync($"/?read={Guid.NewGuid():N}");
    }

    private async Task<T> WithDbAsync<T>(Func<ParcelWatchDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>());
    }
}
