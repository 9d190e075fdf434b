using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Integration.OpenData;

/// <summary>
/// Reports logged through the API for the feeds, badges and data package: at Sheremetyevo, Xiaomi phones, 12 decided
/// (8 passed, 4 returned: 67%) over two shipping weeks (2017-04-03: 3 passed, 3 returned; 2017-04-10: 5 passed,
/// 1 returned) and one pending; Meizu 1 passed.
/// </summary>
public sealed class OpenDataDataset : ParcelWatchFactory, IAsyncLifetime
{
    public HttpClient Buyer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Buyer, _) = await AuthApi.CreateBearerClientAsync(this);
        var outcomes = new (string Shipped, bool? Passed)[]
        {
            ("2017-04-03", true), ("2017-04-04", true), ("2017-04-05", true), ("2017-04-03", false), ("2017-04-06", false), ("2017-04-07", false),
            ("2017-04-10", true), ("2017-04-11", true), ("2017-04-12", true), ("2017-04-13", true), ("2017-04-14", true), ("2017-04-10", false),
            ("2017-04-11", null),
        };
        foreach (var (shipped, passed) in outcomes)
        {
            await LogAsync("sheremetyevo", "Xiaomi", shipped, passed);
        }

        await LogAsync("sheremetyevo", "Meizu", "2017-04-10", true);
    }

    /// <summary>Logs a report and its outcome (none: pending); returns its id.</summary>
    public async Task<int> LogAsync(string point, string brand, string shippedOn, bool? passed)
    {
        var request = ParcelRequests.RedmiToOrenburg(ParcelRequests.NewS10Number("CN")) with { CustomsPointCode = point, Brand = brand, ShippedOn = shippedOn };
        var response = await Buyer.PostAsJsonAsync("/api/v1/parcels", request);
        response.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        if (passed is { } released)
        {
            var day = DateOnly.Parse(shippedOn, System.Globalization.CultureInfo.InvariantCulture).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            (await Buyer.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("ArrivedAtCustoms", day, null))).EnsureSuccessStatusCode();
            (await Buyer.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest(released ? "Released" : "Returned", day, null))).EnsureSuccessStatusCode();
        }

        return id;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
