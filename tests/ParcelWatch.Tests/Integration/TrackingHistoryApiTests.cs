using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Tests.Unit.TrackingHistory;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Tests.Integration;

/// <summary><c>POST /api/v1/tracking-history/parse</c> (200, 400, 401) and adding a read history's events to a report.</summary>
public sealed class TrackingHistoryApiTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string Path = "/api/v1/tracking-history/parse";

    [Fact]
    public async Task A_pasted_history_is_read_into_the_number_the_point_the_events_and_the_ignored_lines_and_nothing_is_stored()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var text = HistorySamples.EnglishBlocksOldestFirst;

        var response = await buyer.PostAsJsonAsync(Path, new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ParcelApi.ReadAsync(response);
        Assert.Equal("RA123456785CN", body.GetProperty("trackingNumber").GetString());
        Assert.Equal("yekaterinburg-koltsovo", body.GetProperty("customsPointCode").GetString());
        var events = body.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["ArrivedAtCustoms 2017-04-10", "Held 2017-04-11", "Returned 2017-04-24"],
            events.Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("occurredOn").GetString()}"));
        Assert.Equal("Handed over to customs · April 10, 2017, 8:00 PM · Yekaterinburg-Koltsovo MMPO", events[0].GetProperty("sourceLine").GetString());
        Assert.Equal(["Parcel scanned by a friendly robot · April 12, 2017, 1:00 PM · Somewhere"],
            body.GetProperty("ignoredLines").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["trackingNumber", "customsPointCode", "events", "ignoredLines"], body.EnumerateObject().Select(p => p.Name));

        var mine = await ParcelApi.ReadAsync(await buyer.GetAsync("/api/v1/parcels?mine=true"));
        Assert.Equal(0, mine.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Without_a_point_or_a_number_both_are_null_and_the_given_number_is_used()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);

        var body = await ParcelApi.ReadAsync(await buyer.PostAsJsonAsync(Path, new { text = HistorySamples.AliExpressReturned }));
        var given = await ParcelApi.ReadAsync(await buyer.PostAsJsonAsync(Path, new { text = HistorySamples.AliExpressReturned, trackingNumber = "ra 123456785 cn" }));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("trackingNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("customsPointCode").ValueKind);
        Assert.Equal("RA123456785CN", given.GetProperty("trackingNumber").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData(null)]
    public async Task Empty_text_is_a_validation_problem_on_text(string? text)
    {
        var buyer = await EnglishBuyerAsync();

        await AssertTextProblemAsync(await buyer.PostAsJsonAsync(Path, new { text }), "Paste the tracking history.");
    }

    [Fact]
    public async Task Text_over_20000_characters_is_a_validation_problem_and_20000_are_read()
    {
        var buyer = await EnglishBuyerAsync();
        var line = "2017-05-14 Выпущено таможней ММПО Внуково\n";
        var exactly = string.Concat(Enumerable.Repeat(line, 20_000 / line.Length)).PadRight(20_000);

        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync(Path, new { text = exactly })).StatusCode);
        await AssertTextProblemAsync(await buyer.PostAsJsonAsync(Path, new { text = exactly + "x" }), "At most 20000 characters.");
    }

    [Fact]
    public async Task A_tracking_number_longer_than_any_stored_one_is_a_validation_problem()
    {
        var buyer = await EnglishBuyerAsync();

        var response = await buyer.PostAsJsonAsync(Path, new { text = HistorySamples.AliExpressReturned, trackingNumber = new string('A', 41) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ParcelApi.ReadAsync(response)).GetProperty("errors");
        Assert.Equal("At most 40 characters.", errors.GetProperty("trackingNumber")[0].GetString());
        Assert.False(errors.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Anonymous_may_not_parse()
    {
        var response = await factory.CreateClient().PostAsJsonAsync(Path, new { text = HistorySamples.RussianDomestic });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Adding_a_history_to_a_report_adds_only_the_events_it_lacks_by_the_order_rules()
    {
        var (buyer, email) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(buyer);
        await ParcelApi.AddEventAsync(buyer, id, "ArrivedAtCustoms", "2017-05-11");
        var history = await ParcelApi.ReadAsync(await buyer.PostAsJsonAsync(Path, new { text = HistorySamples.RussianBlocksNewestFirst }));
        var events = history.GetProperty("events").EnumerateArray()
            .Select(e => new NewOutcomeEvent(
                Enum.Parse<OutcomeEventKind>(e.GetProperty("kind").GetString()!),
                DateOnly.Parse(e.GetProperty("occurredOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                e.GetProperty("sourceLine").GetString()))
            .ToList();

        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        var parcels = scope.ServiceProvider.GetRequiredService<ParcelService>();
        var reader = new ParcelReader(user!.Id, IsModerator: false);
        var result = await parcels.AddEventsAsync(reader, id, events, CancellationToken.None);
        var again = await parcels.AddEventsAsync(reader, id, events, CancellationToken.None);
        var stranger = await parcels.AddEventsAsync(new ParcelReader("someone-else", false), id, events, CancellationToken.None);

        Assert.NotNull(result.Value);
        Assert.Equal(["ArrivedAtCustoms 2017-05-11", "Held 2017-05-13", "Released 2017-05-14", "Delivered 2017-05-16"],
            result.Value.Events.OrderBy(e => e.OccurredOn).Select(e => $"{e.Kind} {e.OccurredOn:yyyy-MM-dd}"));
        Assert.Equal(Outcome.Passed, result.Value.Outcome);
        Assert.Equal(3, result.Value.DaysHeld);
        Assert.StartsWith("Требуется досмотр · 13 мая 2017", result.Value.Events.Single(e => e.Kind == OutcomeEventKind.Held).Note, StringComparison.Ordinal);
        Assert.Equal(result.Value.Version, again.Value?.Version); // nothing new: the report is left as it is
        Assert.Equal(CommandFailure.Forbidden, stranger.Failure);
    }

    [Fact]
    public async Task A_contradicting_history_adds_nothing_and_names_the_event_that_does_not_fit()
    {
        var (buyer, email) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(buyer);
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        NewOutcomeEvent[] events =
        [
            new(OutcomeEventKind.ArrivedAtCustoms, new DateOnly(2017, 5, 12), null),
            new(OutcomeEventKind.Released, new DateOnly(2017, 5, 14), null),
            new(OutcomeEventKind.Returned, new DateOnly(2017, 5, 20), null),
        ];

        var result = await scope.ServiceProvider.GetRequiredService<ParcelService>()
            .AddEventsAsync(new ParcelReader(user!.Id, false), id, events, CancellationToken.None);

        Assert.Equal(CommandFailure.Invalid, result.Failure);
        Assert.Equal(["events[2]"], result.Errors!.ToDictionary().Keys);
        var stored = await ParcelApi.ReadAsync(await buyer.GetAsync($"/api/v1/parcels/{id}"));
        Assert.Equal(0, stored.GetProperty("events").GetArrayLength());
    }

    private async Task<HttpClient> EnglishBuyerAsync()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        buyer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return buyer;
    }

    private static async Task AssertTextProblemAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await ParcelApi.ReadAsync(response);
        Assert.Equal([message], body.GetProperty("errors").GetProperty("text").EnumerateArray().Select(m => m.GetString()));
    }
}

/// <summary>Reading histories is limited per user (429 with Retry-After); another user goes on.</summary>
public sealed class TrackingHistoryRateLimitTests(SmallRateLimitsFactory factory) : IClassFixture<SmallRateLimitsFactory>
{
    [Fact]
    public async Task Tracking_history_reads_are_limited_per_user_and_another_user_goes_on()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (other, _) = await AuthApi.CreateBearerClientAsync(factory);
        var body = new { text = "2017-05-14 Выпущено таможней ММПО Внуково" };

        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync("/api/v1/tracking-history/parse", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync("/api/v1/tracking-history/parse", body)).StatusCode);
        await RateLimitTests.AssertTooManyAsync(await buyer.PostAsJsonAsync("/api/v1/tracking-history/parse", body));

        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync("/api/v1/tracking-history/parse", body)).StatusCode);
    }
}
