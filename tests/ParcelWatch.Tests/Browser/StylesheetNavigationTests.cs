using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>
/// Static pages carry only the cut of MudBlazor's stylesheet (ReadingStylesheetTests) and none of its script; interactive
/// pages add the whole sheet, and the script arrives before their circuit starts (ParcelWatch.Web.lib.module.js).
/// Blazor's own script reaches a static page with the reader's first touch, scroll, pointer move or key (static-page.js).
/// Enhanced navigation swaps the head between the two kinds of page, so the interactive page reached from a static one
/// must end up styled by the whole sheet, with MudBlazor's script working its popovers, and the way back must drop the
/// sheet again. (That way back is a full page load: the interactive router loads a page excluded from it anew.)
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StylesheetNavigationTests(BrowserFixture browser)
{
    private const string WholeSheetRules =
        "() => [...document.styleSheets].filter(s => (s.href ?? '').includes('/_content/MudBlazor/MudBlazor.min.')).map(s => s.cssRules.length)";

    private const string MudBlazorScript = "/_content/MudBlazor/MudBlazor.min.";
    private const string BlazorScript = "/_framework/blazor.web.";

    // Set before a click on a link and still there after it: the page was not loaded again, so the navigation was enhanced.
    private const string MarkDocument = "() => { window.parcelWatchTestMark = true; }";
    private const string DocumentIsMarked = "() => window.parcelWatchTestMark === true";

    [Fact]
    public async Task Enhanced_navigation_to_an_interactive_page_brings_the_whole_sheet_and_back_drops_it()
    {
        await using var context = await browser.NewContextAsync();
        await context.SignInNewUserAsync();
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/stats");
        Assert.Empty(await page.EvaluateAsync<int[]>(WholeSheetRules));
        Assert.False(await HasFetchedScriptAsync(page, MudBlazorScript));
        Assert.False(await HasFetchedScriptAsync(page, BlazorScript)); // a reader who only reads never fetches it

        await page.Keyboard.PressAsync("Tab"); // a keyboard reader's first key brings Blazor's script
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        Assert.True(await HasFetchedScriptAsync(page, BlazorScript)); // the probe knows the script's fingerprinted address
        await page.EvaluateAsync(MarkDocument);
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a parcel" }).First.ClickAsync();
        await page.WaitForURLAsync("**/parcels/new");
        Assert.True(await page.EvaluateAsync<bool>(DocumentIsMarked), "the navigation loaded the page again instead of an enhanced navigation");
        await page.Locator(".mud-layout[data-interactive='true']").WaitForAsync();
        await page.WaitForFunctionAsync($"() => ({WholeSheetRules})().some(n => n > 1000)");
        // A rule only the whole sheet has: text fields, which no static page uses, lay out as a column.
        await Expect(page.Locator(".mud-input-control").First).ToHaveCSSAsync("flex-direction", "column");
        // A select's list is a popover that MudBlazor's script places: it opens, and the choice is taken. (Whether the
        // script was fetched says little here: the page preloads it. Without it run, the option never shows.)
        await page.GetByLabel("Shop").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "GearBest" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "GearBest" })).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Shop")).ToContainTextAsync("GearBest");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Statistics" }).First.ClickAsync();
        await page.WaitForURLAsync("**/stats");
        await Expect(page.GetByTestId("point-stats")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync($"() => ({WholeSheetRules})().length === 0");
        await Expect(page.Locator(".mud-appbar").First).ToHaveCSSAsync("position", "fixed");
    }

    /// <summary>Whether the page fetched a script whose fingerprinted address starts with <paramref name="start"/>.</summary>
    private static Task<bool> HasFetchedScriptAsync(IPage page, string start) => page.EvaluateAsync<bool>(
        "start => performance.getEntriesByType('resource').some(e => new URL(e.name).pathname.startsWith(start) && e.name.endsWith('.js'))", start);
}
