using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Integration;

/// <summary>The buyers' reporting API: create, read, edit, delete, events, paging, and every "may not".</summary>
public sealed class ParcelsApiTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task Created_report_echoes_the_input_with_the_inferred_carrier_and_a_location()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var request = ParcelRequests.RedmiToOrenburg();

        var response = await owner.PostAsJsonAsync("/api/v1/parcels", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ParcelApi.ReadAsync(response);
        Assert.Equal($"/api/v1/parcels/{body.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        Assert.Equal(request.TrackingNumber, body.GetProperty("trackingNumber").GetString());
        Assert.Equal("CN", body.GetProperty("carrierCode").GetString());
        Assert.Equal("China Post", body.GetProperty("carrier").GetString());
        Assert.Equal("orenburg", body.GetProperty("customsPointCode").GetString());
        Assert.Equal(request.OrderNumber, body.GetProperty("orderNumber").GetString());
        Assert.Equal("Phone", body.GetProperty("category").GetString());
        Assert.Equal("Pending", body.GetProperty("outcome").GetString());
        Assert.Equal(150m, body.GetProperty("declaredValue").GetDecimal());
        Assert.Equal(0, body.GetProperty("duplicateCandidates").GetArrayLength());
    }

    [Fact]
    public async Task Tracking_number_is_stored_normalized()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var number = ParcelRequests.NewChinaPostNumber();
        var spaced = $" {number[..2].ToLowerInvariant()} {number[2..6]}-{number[6..11]} {number[11..]} ";

        var body = await ParcelApi.ReadAsync(await owner.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg(spaced)));

        Assert.Equal(number, body.GetProperty("trackingNumber").GetString());
    }

    [Fact]
    public async Task Anonymous_cannot_log_a_parcel()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_and_nothing_is_stored()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);

        var response = await owner.PostAsJsonAsync("/api/v1/parcels", new { });

        var errors = await ValidationErrorsAsync(response);
        Assert.Equal(["category", "customsPointCode", "declarationText", "shop", "trackingNumber"], errors.OrderBy(e => e, StringComparer.Ordinal));
        Assert.Equal(0, await MyCountAsync(owner));
    }

    [Theory]
    [InlineData("trackingNumber", "RB123456784GB")]
    [InlineData("trackingNumber", "RB12345")]
    [InlineData("trackingNumber", "RB١٢٣٤٥٦٧٨٥GB")]
    [InlineData("customsPointCode", "atlantis")]
    [InlineData("category", "Spaceship")]
    [InlineData("shop", "7")]
    [InlineData("shippedOn", "2999-01-01")]
    [InlineData("shippedOn", "03.04.2017")]
    [InlineData("currency", "dollars")]
    [InlineData("carrierCode", "ZZ")]
    [InlineData("brand", "Xiaomi\u0000")]
    public async Task A_bad_field_is_a_400_on_that_field_and_nothing_is_stored(string field, string value)
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var request = ParcelRequests.RedmiToOrenburg() switch
        {
            var r when field == "trackingNumber" => r with { TrackingNumber = value },
            var r when field == "customsPointCode" => r with { CustomsPointCode = value },
            var r when field == "category" => r with { Category = value },
            var r when field == "shop" => r with { Shop = value },
            var r when field == "shippedOn" => r with { ShippedOn = value },
            var r when field == "currency" => r with { Currency = value },
            var r when field == "carrierCode" => r with { CarrierCode = value },
            var r => r with { Brand = value },
        };

        var errors = await ValidationErrorsAsync(await owner.PostAsJsonAsync("/api/v1/parcels", request));

        Assert.Equal([field], errors);
        Assert.Equal(0, await MyCountAsync(owner));
    }

    [Fact]
    public async Task Wrong_check_digit_is_explained()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await owner.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg("RB123456784GB"));

        Assert.Contains("check digit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negative_declared_value_is_refused()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);

        var response = await owner.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg() with { DeclaredValue = -1 });

        Assert.Equal(["declaredValue"], await ValidationErrorsAsync(response));
    }

    [Fact]
    public async Task Order_number_is_shown_only_to_the_owner()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (stranger, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);

        var asOwner = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        var asStranger = await stranger.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        var asAnonymous = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");

        Assert.False(string.IsNullOrEmpty(asOwner.GetProperty("orderNumber").GetString()));
        Assert.True(asOwner.GetProperty("isMine").GetBoolean());
        Assert.Equal(JsonValueKind.Null, asStranger.GetProperty("orderNumber").ValueKind);
        Assert.False(asStranger.GetProperty("isMine").GetBoolean());
        Assert.Equal(JsonValueKind.Null, asAnonymous.GetProperty("orderNumber").ValueKind);
    }

    [Fact]
    public async Task Unknown_report_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/parcels/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Owner_edits_with_the_version_read_and_the_version_moves_on()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);

        var response = await owner.PutAsJsonAsync($"/api/v1/parcels/{id}",
            ParcelRequests.RedmiToOrenburg() with { CustomsPointCode = "vnukovo", DeclarationText = "android phone", Version = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ParcelApi.ReadAsync(response);
        Assert.Equal("vnukovo", body.GetProperty("customsPointCode").GetString());
        Assert.Equal("android phone", body.GetProperty("declarationText").GetString());
        Assert.Equal(2, body.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Stale_edit_is_a_409_and_does_not_overwrite()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);
        (await owner.PutAsJsonAsync($"/api/v1/parcels/{id}", ParcelRequests.RedmiToOrenburg() with { Brand = "First", Version = 1 })).EnsureSuccessStatusCode();

        var stale = await owner.PutAsJsonAsync($"/api/v1/parcels/{id}", ParcelRequests.RedmiToOrenburg() with { Brand = "Second", Version = 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        Assert.Equal("First", stored.GetProperty("brand").GetString());
    }

    [Fact]
    public async Task Edit_without_a_version_is_a_400_on_version()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);

        var response = await owner.PutAsJsonAsync($"/api/v1/parcels/{id}", ParcelRequests.RedmiToOrenburg());

        Assert.Equal(["version"], await ValidationErrorsAsync(response));
    }

    [Fact]
    public async Task Others_may_not_edit_delete_or_add_events()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (stranger, _) = await AuthApi.CreateBearerClientAsync(factory);
        var anonymous = factory.CreateClient();
        var id = await ParcelApi.CreateAsync(owner);
        var edit = ParcelRequests.RedmiToOrenburg() with { Version = 1 };
        var held = new OutcomeEventRequest("Held", "2017-04-10", null);

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PutAsJsonAsync($"/api/v1/parcels/{id}", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.DeleteAsync($"/api/v1/parcels/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync($"/api/v1/parcels/{id}/events", held)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/v1/parcels/{id}", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/v1/parcels/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/v1/parcels/{id}/events", held)).StatusCode);

        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
        Assert.Equal(0, stored.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Owner_deletes_a_report_and_it_is_gone()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/parcels/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/parcels/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.DeleteAsync($"/api/v1/parcels/{id}")).StatusCode);
    }

    [Fact]
    public async Task Held_then_returned_gives_the_outcome_and_days_held()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);

        var held = await owner.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("Held", "2017-04-10", "Opened by customs"));
        var returned = await owner.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("Returned", "2017-04-24", null));

        Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        Assert.Equal(HttpStatusCode.Created, returned.StatusCode);
        var body = await ParcelApi.ReadAsync(returned);
        Assert.Equal("Returned", body.GetProperty("outcome").GetString());
        Assert.Equal(14, body.GetProperty("daysHeld").GetInt32());
        Assert.Equal(["Held", "Returned"], body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("Released", "2017-04-10", "kind")]
    [InlineData("Delivered", "2017-04-10", "kind")]
    [InlineData("Sent to the moon", "2017-04-10", "kind")]
    [InlineData("Held", "2999-04-10", "occurredOn")]
    [InlineData("Held", "", "occurredOn")]
    public async Task Events_out_of_order_or_malformed_are_refused_on_their_field(string kind, string date, string field)
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);

        var response = await owner.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest(kind, date, null));

        Assert.Equal([field], await ValidationErrorsAsync(response));
        var stored = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
        Assert.Equal(0, stored.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Nothing_follows_a_final_outcome_except_delivery_after_release()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(owner);
        await ParcelApi.AddEventAsync(owner, id, "ArrivedAtCustoms", "2017-04-08");
        await ParcelApi.AddEventAsync(owner, id, "Released", "2017-04-12");

        var heldAgain = await owner.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("Held", "2017-04-13", null));
        var delivered = await owner.PostAsJsonAsync($"/api/v1/parcels/{id}/events", new OutcomeEventRequest("Delivered", "2017-04-20", null));

        Assert.Equal(["kind"], await ValidationErrorsAsync(heldAgain));
        Assert.Equal(HttpStatusCode.Created, delivered.StatusCode);
        var body = await ParcelApi.ReadAsync(delivered);
        Assert.Equal("Passed", body.GetProperty("outcome").GetString());
        Assert.Equal(4, body.GetProperty("daysHeld").GetInt32());
    }

    [Fact]
    public async Task My_parcels_are_paged_and_only_mine()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (stranger, _) = await AuthApi.CreateBearerClientAsync(factory);
        for (var i = 0; i < 3; i++)
        {
            await ParcelApi.CreateAsync(owner);
        }

        await ParcelApi.CreateAsync(stranger);

        var page = await owner.GetFromJsonAsync<JsonElement>("/api/v1/parcels?mine=true&page=2&pageSize=2");

        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync("/api/v1/parcels")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/parcels?mine=true")).StatusCode);
    }

    [Fact]
    public async Task Same_tracking_number_or_same_shop_order_is_shown_as_a_possible_duplicate()
    {
        var (first, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (second, _) = await AuthApi.CreateBearerClientAsync(factory);
        var original = ParcelRequests.RedmiToOrenburg();
        var originalId = await ParcelApi.CreateAsync(first, original);

        var sameTracking = await ParcelApi.ReadAsync(await second.PostAsJsonAsync("/api/v1/parcels",
            ParcelRequests.RedmiToOrenburg(original.TrackingNumber)));
        var sameOrder = await ParcelApi.ReadAsync(await second.PostAsJsonAsync("/api/v1/parcels",
            ParcelRequests.RedmiToOrenburg(orderNumber: original.OrderNumber)));

        var byTracking = Assert.Single(sameTracking.GetProperty("duplicateCandidates").EnumerateArray());
        Assert.Equal(originalId, byTracking.GetProperty("id").GetInt32());
        Assert.Equal("sameTrackingNumber", byTracking.GetProperty("reason").GetString());
        var byOrder = sameOrder.GetProperty("duplicateCandidates").EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == originalId);
        Assert.Equal("sameShopOrder", byOrder.GetProperty("reason").GetString());
        Assert.DoesNotContain("orderNumber", byOrder.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_sent_at_once_are_all_stored_and_the_newest_sees_the_others_as_duplicates()
    {
        var (owner, _) = await AuthApi.CreateBearerClientAsync(factory);
        var trackingNumber = ParcelRequests.NewChinaPostNumber();

        // Sent together, they are committed in shared transactions by the group-commit writer.
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            owner.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg(trackingNumber))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(ParcelApi.ReadAsync));
        var ids = bodies.Select(b => b.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(12, ids.Distinct().Count());
        var newest = bodies.Single(b => b.GetProperty("id").GetInt32() == ids.Max());
        var candidates = newest.GetProperty("duplicateCandidates").EnumerateArray().Select(c => c.GetProperty("id").GetInt32());
        Assert.Equal(ids.Order().Take(10), candidates);
        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/parcels/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task Tracking_number_check_normalizes_and_explains()
    {
        var client = factory.CreateClient();

        var valid = await client.GetFromJsonAsync<JsonElement>("/api/v1/tracking-numbers/rb%201234-5678%205%20gb");
        var wrong = await client.GetFromJsonAsync<JsonElement>("/api/v1/tracking-numbers/RB123456784GB");
        var cainiao = await client.GetFromJsonAsync<JsonElement>("/api/v1/tracking-numbers/LP00123456789012");

        Assert.Equal("RB123456785GB", valid.GetProperty("normalized").GetString());
        Assert.Equal("s10", valid.GetProperty("format").GetString());
        Assert.True(valid.GetProperty("checkDigitValid").GetBoolean());
        Assert.Equal("GB", valid.GetProperty("countryCode").GetString());
        Assert.False(wrong.GetProperty("checkDigitValid").GetBoolean());
        Assert.Equal("other", cainiao.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, cainiao.GetProperty("checkDigitValid").ValueKind);
    }

    private static async Task<int> MyCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/parcels?mine=true")).GetProperty("totalCount").GetInt32();

    private static async Task<List<string>> ValidationErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await ParcelApi.ReadAsync(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }
}
