using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Support;

/// <summary>One write that can move a statistic, with small numbers that pick its values (taken modulo what exists).</summary>
public sealed record StatsWrite(StatsWriteKind Kind, int A, int B, int C);

public enum StatsWriteKind
{
    Create,
    Edit,
    Event,
    Delete,
    Merge,
    Undo,
    Hide,
    Unhide,
    Import,
    Erase,
}

/// <summary>
/// Performs <see cref="StatsWrite"/>s through the real HTTP API (buyers, a moderator, a volunteer's import, a buyer
/// deleting their account), keeping the ids it made so that each write names an existing report; and checks the
/// maintained statistics against a recount from the reports.
/// </summary>
public sealed class StatsWrites(ParcelWatchFactory factory, HttpClient buyer, HttpClient moderator, HttpClient volunteer)
{
    private static readonly string[] Points = ["orenburg", "vnukovo", "sheremetyevo"];
    private static readonly string[] Brands = ["Xiaomi", "xiaomi ", "Meizu", "Чуви", ""];
    private static readonly string[] Shops = ["AliExpress", "GearBest", "Joom"];
    private static readonly string[] Categories = ["Phone", "Tablet", "Other"];
    private static readonly string[] Declarations = ["cell phone", "Cell Phone!", "android phone. value $18", "gift"];
    private static readonly decimal[] DeclaredDollars = [10m, 25m, 75m, 150m, 400m];
    private static readonly (string Kind, string Date)[] Events =
        [("ArrivedAtCustoms", "2017-04-10"), ("Held", "2017-04-11"), ("Released", "2017-04-15"), ("Returned", "2017-04-30"), ("Seized", "2017-05-02"), ("Delivered", "2017-05-20")];

    private readonly List<int> _reports = [];
    private readonly List<int> _merges = [];
    private int _serial = Random.Shared.Next(10_000_000, 80_000_000);

    public HttpClient Buyer { get; private set; } = buyer;

    public static async Task<StatsWrites> StartAsync(ParcelWatchFactory factory) => new(
        factory,
        (await AuthApi.CreateBearerClientAsync(factory)).Client,
        (await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator)).Client,
        (await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer)).Client);

    /// <summary>Performs the write; the API may refuse it (an event out of order, a merge of a hidden report), never with a 5xx.</summary>
    public async Task RunAsync(StatsWrite write)
    {
        var response = write.Kind switch
        {
            StatsWriteKind.Create => await CreateAsync(write),
            StatsWriteKind.Edit when Pick(write.A) is { } id => await EditAsync(id, write),
            StatsWriteKind.Event when Pick(write.A) is { } id => await Buyer.PostAsJsonAsync($"/api/v1/parcels/{id}/events",
                new OutcomeEventRequest(Events[write.B % Events.Length].Kind, Events[write.B % Events.Length].Date, null)),
            StatsWriteKind.Delete when Pick(write.A) is { } id => await DeleteAsync(id),
            StatsWriteKind.Merge when (Pick(write.A), Pick(write.B)) is ({ } canonical, { } duplicate) && canonical != duplicate => await MergeAsync(canonical, duplicate),
            StatsWriteKind.Undo when _merges.Count > 0 => await moderator.PostAsync($"/api/v1/moderation/merges/{_merges[write.A % _merges.Count]}/undo", null),
            StatsWriteKind.Hide when Pick(write.A) is { } id => await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/hide", new { reason = "Advertising" }),
            StatsWriteKind.Unhide when Pick(write.A) is { } id => await moderator.PostAsync($"/api/v1/moderation/parcels/{id}/unhide", null),
            StatsWriteKind.Import => await ImportAsync(write),
            StatsWriteKind.Erase => await EraseAsync(),
            _ => null,
        };
        Assert.True(response is null || (int)response.StatusCode < 500, $"{write}: {response?.StatusCode}");
    }

    /// <summary>Fails listing every key where <c>StatsCells</c> differs from a recount.</summary>
    public async Task AssertMaintainedEqualsRecountAsync(string after)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var differences = await StatsCellsCheck.DifferencesAsync(scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>(), CancellationToken.None);
        Assert.True(differences.Count == 0, $"after {after}:\n{string.Join('\n', differences)}");
    }

    private int? Pick(int index) => _reports.Count == 0 ? null : _reports[index % _reports.Count];

    private static ParcelRequest Request(StatsWrite write) => ParcelRequests.RedmiToOrenburg() with
    {
        CustomsPointCode = Points[write.A % Points.Length],
        Brand = Brands[write.B % Brands.Length],
        Shop = Shops[write.C % Shops.Length],
        Category = Categories[(write.A + write.C) % Categories.Length],
        DeclarationText = Declarations[(write.B + write.C) % Declarations.Length],
        ShippedOn = write.C % 4 == 3 ? null : $"2017-03-{1 + ((write.A + write.B) % 28):D2}",
        CarrierCode = write.A % 2 == 0 ? null : "SG",
        DeclaredValue = write.B % 5 == 4 ? null : DeclaredDollars[write.B % DeclaredDollars.Length] * (write.C % 2 == 0 ? 1 : 60),
        Currency = write.B % 5 == 4 ? null : write.C % 2 == 0 ? "USD" : "RUB", // every value band, and none
    };

    private async Task<HttpResponseMessage> CreateAsync(StatsWrite write)
    {
        var response = await Buyer.PostAsJsonAsync("/api/v1/parcels", Request(write));
        if (response.StatusCode == HttpStatusCode.Created)
        {
            _reports.Add((await ParcelApi.ReadAsync(response)).GetProperty("id").GetInt32());
        }

        return response;
    }

    private async Task<HttpResponseMessage> EditAsync(int id, StatsWrite write)
    {
        var current = await moderator.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        return await Buyer.PutAsJsonAsync($"/api/v1/parcels/{id}", Request(write) with
        {
            TrackingNumber = current.GetProperty("trackingNumber").GetString(),
            Version = current.GetProperty("version").GetInt32(),
        });
    }

    private async Task<HttpResponseMessage> DeleteAsync(int id)
    {
        var response = await Buyer.DeleteAsync($"/api/v1/parcels/{id}");
        if (response.IsSuccessStatusCode)
        {
            _reports.Remove(id);
        }

        return response;
    }

    private async Task<HttpResponseMessage> MergeAsync(int canonical, int duplicate)
    {
        var response = await moderator.PostAsJsonAsync("/api/v1/moderation/merges", new { canonicalId = canonical, duplicateIds = new[] { duplicate }, reason = "same parcel" });
        if (response.IsSuccessStatusCode)
        {
            _merges.AddRange((await ParcelApi.ReadAsync(response)).EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));
        }

        return response;
    }

    private async Task<HttpResponseMessage> ImportAsync(StatsWrite write)
    {
        var rows = 1 + (write.A % 5);
        var job = await ImportApi.ImportAsync(volunteer, ImportApi.CleanCsv(rows, _serial, Shops[write.C % Shops.Length]));
        _serial += rows;
        Assert.Equal("Completed", job.GetProperty("state").GetString());
        return new HttpResponseMessage(HttpStatusCode.OK);
    }

    /// <summary>The buyer deletes their account (their reports stay, anonymized: a new buyer's edits of them are refused); a new buyer takes over.</summary>
    private async Task<HttpResponseMessage> EraseAsync()
    {
        var response = await Buyer.PostAsJsonAsync("/api/v1/account/delete", new { password = ParcelWatchFactory.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Buyer = (await AuthApi.CreateBearerClientAsync(factory)).Client;
        return response;
    }
}
