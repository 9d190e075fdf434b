using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Support;

/// <summary>Creates reports and adds their events through the real <c>/api/v1/parcels</c> endpoints.</summary>
public static class ParcelApi
{
    /// <summary>Stores a report (a Redmi sent to Orenburg unless told otherwise) and returns its id; fails unless 201.</summary>
    public static async Task<int> CreateAsync(HttpClient client, object? request = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/parcels", request ?? ParcelRequests.RedmiToOrenburg());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response)).GetProperty("id").GetInt32();
    }

    public static async Task AddEventAsync(HttpClient client, int id, string kind, string date) =>
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest(kind, date, null))).StatusCode);

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
