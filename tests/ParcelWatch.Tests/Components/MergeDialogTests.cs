using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Moderation;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Components;

/// <summary>
/// The merge dialog over two real reports that differ in brand, model and declared value: which report is kept, whose
/// value each differing field keeps, and the merge request the dialog closes with (which the real API then applies).
/// </summary>
public sealed class MergeDialogTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task Only_the_differing_descriptive_fields_offer_a_choice_and_cancel_closes_without_a_request()
    {
        var (pair, _) = await PairAsync();
        await using var dialog = await OpenAsync(pair);

        Assert.Equal(["winner-brand", "winner-declaredValue", "winner-model"],
            dialog.Provider.FindAll("[role=radiogroup][data-testid^=winner-]").Select(g => g.GetAttribute("data-testid")!).Order(StringComparer.Ordinal));
        var trackingRow = Assert.Single(dialog.Provider.FindAll("tr"), r => r.QuerySelector("th")?.TextContent == "Tracking number");
        Assert.Contains("differs", trackingRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("same", Assert.Single(dialog.Provider.FindAll("tr"), r => r.QuerySelector("th")?.TextContent == "Category").TextContent, StringComparison.Ordinal);

        dialog.Provider.Find("[data-testid=merge-cancel]").Click();

        Assert.True((await dialog.ResultAsync()).Canceled);
    }

    [Fact]
    public async Task By_default_the_first_report_is_kept_with_its_own_values()
    {
        var (pair, _) = await PairAsync();
        await using var dialog = await OpenAsync(pair);

        Assert.All(["winner-brand", "winner-model", "winner-declaredValue"], group => Assert.Equal($"#{pair.First.Id}", dialog.Checked(group)));
        var request = await dialog.MergeAsync();

        Assert.Equal(pair.First.Id, request.CanonicalId);
        Assert.Equal([pair.Second.Id], request.DuplicateIds);
        Assert.Null(request.FieldWinners);
        Assert.Null(request.Reason);
    }

    [Fact]
    public async Task Choosing_the_duplicates_value_for_a_field_names_that_field_only_and_the_api_applies_it()
    {
        var (pair, moderator) = await PairAsync();
        await using var dialog = await OpenAsync(pair);

        dialog.Pick("winner-brand", $"#{pair.Second.Id}");
        dialog.Pick("winner-declaredValue", $"#{pair.Second.Id}");
        dialog.Pick("winner-model", $"#{pair.Second.Id}");
        dialog.Pick("winner-model", $"#{pair.First.Id}"); // changed their mind
        dialog.Provider.Control("Reason (optional)").QuerySelector("input")!.Change("same order, typed twice");
        var request = await dialog.MergeAsync();

        Assert.Equal(pair.First.Id, request.CanonicalId);
        Assert.Equal([pair.Second.Id], request.DuplicateIds);
        Assert.Equal(new Dictionary<string, int> { ["brand"] = pair.Second.Id, ["declaredValue"] = pair.Second.Id }, request.FieldWinners);
        Assert.Equal("same order, typed twice", request.Reason);

        Assert.Equal(HttpStatusCode.Created, (await moderator.Client.PostAsJsonAsync("/api/v1/moderation/merges", request)).StatusCode);
        var kept = await ReadAsync(moderator, pair.First.Id);
        Assert.Equal(("XIAOMI", "Redmi 4X", 120m), (kept.Brand, kept.Model, kept.DeclaredValue));
    }

    [Fact]
    public async Task Keeping_the_other_report_swaps_the_roles_and_starts_the_choices_again_from_it()
    {
        var (pair, _) = await PairAsync();
        await using var dialog = await OpenAsync(pair);

        dialog.Pick("winner-brand", $"#{pair.Second.Id}");
        dialog.Pick("keep", $"Keep #{pair.Second.Id}");
        Assert.All(["winner-brand", "winner-model", "winner-declaredValue"], group => Assert.Equal($"#{pair.Second.Id}", dialog.Checked(group)));
        dialog.Pick("winner-model", $"#{pair.First.Id}");
        var request = await dialog.MergeAsync();

        Assert.Equal(pair.Second.Id, request.CanonicalId);
        Assert.Equal([pair.First.Id], request.DuplicateIds);
        Assert.Equal(new Dictionary<string, int> { ["model"] = pair.First.Id }, request.FieldWinners);
    }

    private async Task<(DuplicatePair Pair, AppUser Moderator)> PairAsync()
    {
        var buyer = await AppUser.CreateAsync(factory);
        var moderator = await AppUser.CreateAsync(factory, Roles.Moderator);
        var first = await ParcelApi.CreateAsync(buyer.Client, ParcelRequests.RedmiToOrenburg());
        var second = await ParcelApi.CreateAsync(buyer.Client,
            ParcelRequests.RedmiToOrenburg() with { Brand = "XIAOMI", Model = "Redmi 4X Pro", DeclaredValue = 120m });
        return (new DuplicatePair(await ReadAsync(moderator, first), await ReadAsync(moderator, second), 0.9, []), moderator);
    }

    private static async Task<ParcelResponse> ReadAsync(AppUser reader, int id) =>
        (await reader.Client.GetFromJsonAsync<ParcelResponse>($"/api/v1/parcels/{id}", Json))!;

    private Task<ShownDialog> OpenAsync(DuplicatePair pair) =>
        ShownDialog.ShowAsync(factory, new DialogParameters<MergeDialog> { { d => d.Pair, pair } });
}

/// <summary>What the merge tests do in the dialog: pick radios by their label, read the checked one, merge.</summary>
internal static class MergeDialogActions
{
    /// <summary>Clicks the radio labelled <paramref name="label"/> in the group <paramref name="group"/> ("keep" for the report to keep).</summary>
    public static void Pick(this ShownDialog dialog, string group, string label) =>
        Assert.Single(dialog.Radios(group), r => r.TextContent.Trim() == label).QuerySelector("input")!.Click();

    /// <summary>The label of the checked radio of <paramref name="group"/>.</summary>
    public static string Checked(this ShownDialog dialog, string group) =>
        Assert.Single(dialog.Radios(group), r => r.QuerySelector("input")!.HasAttribute("checked")).TextContent.Trim();

    public static async Task<MergeRequest> MergeAsync(this ShownDialog dialog)
    {
        dialog.Provider.Find("[data-testid=merge]").Click();
        var result = await dialog.ResultAsync();
        Assert.False(result.Canceled);
        return Assert.IsType<MergeRequest>(result.Data);
    }

    private static IEnumerable<AngleSharp.Dom.IElement> Radios(this ShownDialog dialog, string group) => group == "keep"
        ? dialog.Provider.FindAll("label.mud-radio").Where(r => r.TextContent.Trim().StartsWith("Keep #", StringComparison.Ordinal))
        : dialog.Provider.FindAll($"[data-testid={group}] label.mud-radio");
}
