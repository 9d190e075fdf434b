using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A moderator compares two reports of one parcel, merges them, sees the statistics count it once, and undoes it.</summary>
[Collection(BrowserTests.Name)]
public sealed class ModerationJourneyTests(BrowserFixture browser)
{
    private const string Point = "kaliningrad";

    [Fact]
    public async Task Moderator_merges_a_duplicate_sees_the_statistics_change_and_undoes_it()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(browser.App);
        var request = ParcelRequests.RedmiToOrenburg() with { CustomsPointCode = Point };
        var first = await ParcelApi.CreateAsync(buyer, request);
        var second = await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null, Model = "Redmi 4X 32GB" });
        await buyer.PostAsJsonAsync($"/api/v1/parcels/{second}/events", new { kind = "Held", occurredOn = "2017-04-10" });
        await buyer.PostAsJsonAsync($"/api/v1/parcels/{second}/events", new { kind = "Returned", occurredOn = "2017-04-24" });
        var before = await ReportsAtPointAsync();

        await using var context = await browser.NewContextAsync();
        await browser.SignInAsync(context, Roles.Moderator);
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/moderation/duplicates");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Compare reports {first} and {second}" }).ClickAsync();
        var comparison = page.GetByTestId("comparison");
        await Expect(comparison).ToContainTextAsync("differs");
        await Expect(comparison.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tracking number" })).ToContainTextAsync("same");
        await page.SaveScreenshotAsync("moderation-duplicates");
        await page.AssertNoAxeViolationsAsync();

        await comparison.GetByTestId("winner-model").GetByRole(AriaRole.Radio, new() { Name = $"#{second}" }).CheckAsync();
        await page.GetByTestId("merge").ClickAsync();
        await Expect(page.GetByTestId("merge-dialog")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("recent-merges")).ToContainTextAsync($"#{second}");
        Assert.Equal(before - 1, await ReportsAtPointAsync());
        await page.GetByTestId("recent-merges").GetByRole(AriaRole.Link, new() { Name = $"#{first}", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/parcels/{first}");
        await Expect(page.GetByText("Redmi 4X 32GB")).ToBeVisibleAsync(); // the model the moderator picked from the duplicate
        await Expect(page.GetByTestId("duplicates-alert")).ToContainTextAsync($"report #{second}");
        await page.GetByTestId("duplicates-alert").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("duplicate-alert")).ToContainTextAsync($"report #{first}");
        await page.GotoReadyAsync("/moderation/duplicates");

        await page.GetByTestId("recent-merges").GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(page.GetByTestId("recent-merges")).ToContainTextAsync("undone");
        Assert.Equal(before, await ReportsAtPointAsync());
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Moderator_hides_spam_finds_it_in_the_hidden_list_shows_it_again_and_reads_the_audit_log()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(browser.App);
        var spam = await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { CustomsPointCode = Point });
        await using var context = await browser.NewContextAsync();
        var moderatorEmail = await browser.SignInAsync(context, Roles.Moderator);
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync($"/parcels/{spam}");
        await page.GetByTestId("hide").ClickAsync();
        await Expect(page.GetByTestId("hide-panel")).ToContainTextAsync("Say why");
        await page.GetByTestId("hide-reason").FillAsync("Advertising, not a parcel");
        await page.GetByTestId("hide").ClickAsync();
        await Expect(page.GetByTestId("hidden-alert")).ToContainTextAsync("Advertising, not a parcel");
        await page.AssertNoAxeViolationsAsync();
        var own = await buyer.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{spam}");
        Assert.Equal("Advertising, not a parcel", own.GetProperty("hiddenReason").GetString());

        await page.GotoReadyAsync("/moderation/hidden");
        await Expect(page.GetByTestId("hidden-reports")).ToContainTextAsync($"#{spam}");
        await page.SaveScreenshotAsync("moderation-hidden");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Show again: report {spam}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"#{spam}", Exact = true })).ToHaveCountAsync(0);

        await page.GotoReadyAsync("/moderation/audit");
        await Expect(page.GetByTestId("audit-log")).ToContainTextAsync("unhide");
        await page.SaveScreenshotAsync("moderation-audit");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoReadyAsync("/moderation/users");
        await Expect(page.GetByTestId("users")).ToContainTextAsync(moderatorEmail);
        await page.SaveScreenshotAsync("moderation-users");
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Moderation_pages_have_no_axe_violations_in_the_dark_theme()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(browser.App);
        var request = ParcelRequests.RedmiToOrenburg() with { CustomsPointCode = Point };
        var first = await ParcelApi.CreateAsync(buyer, request);
        var second = await ParcelApi.CreateAsync(buyer, request with { OrderNumber = null });
        await using var context = await browser.NewContextAsync(darkTheme: true);
        await browser.SignInAsync(context, Roles.Moderator);
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync("/moderation/duplicates");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Compare reports {first} and {second}" }).ClickAsync();
        await Expect(page.GetByTestId("comparison")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        foreach (var path in new[] { "/moderation/hidden", "/moderation/audit", "/moderation/users", $"/parcels/{first}" })
        {
            await page.GotoReadyAsync(path);
            await page.AssertNoAxeViolationsAsync();
        }
    }

    [Fact]
    public async Task A_buyer_is_refused_the_moderation_pages()
    {
        await using var context = await browser.NewContextAsync();
        await context.SignInNewUserAsync();
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync("/moderation/duplicates");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/AccessDenied"));
    }

    private async Task<int> ReportsAtPointAsync()
    {
        var points = await browser.App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/stats/points");
        return points.EnumerateArray().Single(p => p.GetProperty("code").GetString() == Point).GetProperty("reports").GetInt32();
    }
}
