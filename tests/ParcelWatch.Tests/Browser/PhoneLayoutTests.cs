using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>
/// Every page on a phone in portrait (390×844), in light/English and dark/Russian: the document never scrolls sideways,
/// the app bar fits, the first pass rate (on /stats/declarations: of the wording matrix's list) shows without scrolling where a page has one, and axe finds nothing.
/// Each page is also photographed at 390 and, once its content has come to rest beside the drawer, 1280 px into the test output (screenshots/phone-layout).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    public static TheoryData<string, bool> Pages() => AccessibilityTests.InBothThemes(
    [
        "/", "/stats", "/stats/points/orenburg", "/stats/declarations", "/check", "/check?brand=Xiaomi&category=Phone&wordingClass=Phone", "/refund-guide", "/no-such-page",
        "/Account/Login", "/Account/Register", "/parcels/new", "/parcels/mine", "/Account/Manage",
    ]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fits_a_phone(string path, bool darkRussian)
    {
        await EnsureAReportAsync(); // so that every statistics table has a row, whichever tests ran before
        await using var context = await browser.NewContextAsync(darkRussian ? "ru-RU" : "en-US", darkRussian);
        if (path.StartsWith("/parcels/", StringComparison.Ordinal) || path.StartsWith("/Account/Manage", StringComparison.Ordinal))
        {
            await context.SignInNewUserAsync();
        }

        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.GotoReadyAsync(path);
        var name = $"{path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('&', '-')}{(darkRussian ? "-dark-ru" : "-en")}";
        await SaveAsync(page, $"{(name.StartsWith('-') ? "home" + name : name)}-390");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth, $"{path} scrolls sideways: {scrollWidth} > {clientWidth}");

        await AssertAppBarFitsAsync(page, path);

        var firstRate = page.Locator("[data-testid=point-stats] tbody td.rate, [data-testid=wording-matrix-list] .matrix-point li, [data-testid=point-facts] dd.rate").First;
        if (path.StartsWith("/stats", StringComparison.Ordinal) || path == "/")
        {
            await Expect(firstRate).ToBeInViewportAsync();
        }

        await page.AssertNoAxeViolationsAsync();

        await page.SetViewportSizeAsync(1280, 900);
        await ExpectContentBesideTheDrawerAsync(page);
        await AssertAppBarFitsAsync(page, path); // with a signed-in reader's long address beside the tools
        await SaveAsync(page, $"{(name.StartsWith('-') ? "home" + name : name)}-1280");
    }

    [Fact]
    public async Task On_a_phone_language_theme_and_account_are_in_the_menu_and_work_without_a_circuit()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.GotoReadyAsync("/stats");
        var drawer = page.Locator("#main-drawer");
        var language = drawer.GetByRole(AriaRole.Link, new() { Name = "Русский" });

        // Not in the app bar on a phone: only the menu button and the logo are there.
        await Expect(page.Locator(".mud-appbar").GetByRole(AriaRole.Link, new() { Name = "Русский" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-appbar").GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Navigation menu" }).ClickAsync();
        await Expect(language).ToBeInViewportAsync();
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeInViewportAsync();
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Register" })).ToBeInViewportAsync();
        await SaveAsync(page, "stats-menu-open-390");
        await page.AssertNoAxeViolationsAsync();

        await drawer.GetByRole(AriaRole.Link, new() { Name = "Switch to dark theme" }).ClickAsync();
        await page.WaitForURLAsync("**/stats");
        await page.WaitUntilReadyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Navigation menu" }).ClickAsync();
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Switch to light theme" })).ToBeInViewportAsync();

        await language.ClickAsync();
        await page.WaitForURLAsync("**/stats");
        await page.WaitUntilReadyAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Статистика по таможенным пунктам");
    }

    /// <summary>Everything the app bar shows lies inside it, across and down, and its toolbar does not scroll.</summary>
    private static async Task AssertAppBarFitsAsync(IPage page, string path)
    {
        var outside = await page.EvaluateAsync<string[]>(
            """
            () => {
                const bar = document.querySelector('.mud-appbar').getBoundingClientRect();
                return [...document.querySelectorAll('.mud-appbar *')]
                    .filter(e => e.getClientRects().length > 0)
                    .filter(e => {
                        const r = e.getBoundingClientRect();
                        return r.left < 0 || r.right > document.documentElement.clientWidth || r.top < bar.top || r.bottom > bar.bottom;
                    })
                    .map(e => e.outerHTML.slice(0, 80));
            }
            """);
        Assert.True(outside.Length == 0, $"{path}: app bar items outside the bar: {string.Join(" | ", outside)}");
        var toolbar = page.Locator(".mud-appbar .mud-toolbar");
        Assert.True(await toolbar.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth"), $"{path}: the app bar overflows");
    }

    private async Task EnsureAReportAsync()
    {
        await using var reporter = await browser.NewContextAsync();
        await reporter.SignInNewUserAsync();
        var response = await reporter.APIRequest.PostAsync("/api/v1/parcels", new() { DataObject = Support.ParcelRequests.RedmiToOrenburg() });
        Assert.True(response.Ok, await response.TextAsync());
    }

    /// <summary>
    /// On a wide screen the drawer opens beside the content, which slides over by a margin transition. An interactive
    /// page opens it over the circuit (its menu button turns aria-expanded when it has), so the transition can start
    /// well after the resize. Waits for both, then checks the content has come to rest beside the drawer.
    /// </summary>
    private static async Task ExpectContentBesideTheDrawerAsync(IPage page)
    {
        var menu = page.Locator("[aria-controls=main-drawer]");
        if (await menu.CountAsync() > 0)
        {
            await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        }

        await page.WaitForAnimationsAsync();
        var besideTheDrawer = await page.EvaluateAsync<bool>(
            """
            () => {
                const drawer = document.getElementById('main-drawer')?.getBoundingClientRect();
                return !drawer || (drawer.left >= 0 && drawer.right <= document.querySelector('.mud-main-content').getBoundingClientRect().left);
            }
            """);
        Assert.True(besideTheDrawer, $"{page.Url}: at 1280 px the drawer is not fully open or the content is (partly) under it");
    }

    /// <summary>Screenshots go to the test output (bin/…/screenshots/phone-layout), and to PARCELWATCH_SCREENSHOTS when set.</summary>
    private static async Task SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots", "phone-layout");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        await page.SaveScreenshotAsync("phone-" + name);
    }
}
