using Microsoft.Playwright;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A visitor without an account reads the statistics, filters them, shares the link and downloads the data.</summary>
[Collection(BrowserTests.Name)]
public sealed class StatisticsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visitor_filters_by_brand_and_declared_value_keeps_the_filters_in_the_url_and_downloads_the_csv()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(browser.App);
        foreach (var brand in new[] { "Xiaomi", "Xiaomi" })
        {
            await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { Brand = brand });
        }

        var meizu = await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { Brand = "Meizu" }); // $150
        var cheapMeizu = await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { Brand = "Meizu", DeclaredValue = 30m });

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/stats");
        await Expect(page.GetByTestId("point-stats")).ToContainTextAsync("Orenburg");
        await page.SaveScreenshotAsync("statistics");
        await page.AssertNoAxeViolationsAsync();

        // Columns sort by a link in the header (the page is static), announced through aria-sort.
        var nameHeader = page.GetByTestId("point-stats").GetByRole(AriaRole.Columnheader, new() { Name = "Customs point" });
        await nameHeader.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/stats?sort=name&order=asc");
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await nameHeader.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/stats?sort=name&order=desc");
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "descending");

        // The filters are folded until opened, and open by themselves once one is set; applying keeps the sort order.
        await Expect(page.GetByTestId("filter-brand")).ToBeHiddenAsync();
        await page.GetByTestId("filters").GetByText("Filters", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("filter-brand").FillAsync("Meizu");
        await page.GetByLabel("Declared value").SelectOptionAsync(new SelectOptionValue { Label = "$100 to $200" });
        await page.GetByTestId("apply-filters").ClickAsync();
        await page.WaitForURLAsync("**/stats?brand=Meizu&valueBand=From100To200&sort=name&order=desc");
        await page.WaitUntilReadyAsync();
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "descending");
        var orenburgRow = page.GetByTestId("point-stats").GetByRole(AriaRole.Row).Filter(new() { HasText = "Orenburg" });
        var meizuReports = await orenburgRow.GetByRole(AriaRole.Cell).Nth(1).InnerTextAsync(); // the name is the row header, then the rate

        await page.ReloadAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByTestId("filter-brand")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("filter-brand")).ToHaveValueAsync("Meizu");
        await Expect(page.GetByLabel("Declared value")).ToHaveValueAsync("From100To200");
        await Expect(page.GetByTestId("filters")).ToContainTextAsync("Filters (2 set)");
        await page.AssertNoAxeViolationsAsync(); // the form open, with its choices made
        await Expect(orenburgRow.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(meizuReports);
        Assert.True(int.Parse(meizuReports, System.Globalization.CultureInfo.InvariantCulture) >= 1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!);
        Assert.StartsWith("Id,Shop,CarrierCode,CustomsPoint", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Meizu", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",Xiaomi,", csv, StringComparison.Ordinal);
        Assert.Contains($"\n{meizu},", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"\n{cheapMeizu},", csv, StringComparison.Ordinal); // under $50: not in the band
    }

    [Fact]
    public async Task The_menu_button_of_a_static_page_works_on_a_phone_and_its_choice_holds_on_a_wide_screen_and_the_theme_switch_reloads_dark()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoReadyAsync("/stats");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Navigation menu" });
        var drawerLink = page.Locator("#main-drawer a[href='refund-guide']"); // found also while hidden

        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(drawerLink).ToHaveCountAsync(1);
        await Expect(drawerLink).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(drawerLink).ToBeInViewportAsync();
        await page.SaveScreenshotAsync("statistics-phone-menu");
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(drawerLink).Not.ToBeInViewportAsync();

        await menu.ClickAsync(); // on a phone the theme switch is in the menu
        await page.RunAndWaitForResponseAsync(
            () => page.Locator("#main-drawer").GetByRole(AriaRole.Link, new() { Name = "Switch to dark theme" }).ClickAsync(),
            response => response.Url.Contains("/theme?set=dark", StringComparison.Ordinal));
        await page.WaitUntilReadyAsync();
        await Expect(page.Locator("#main-drawer a[aria-label='Switch to light theme']")).ToHaveCountAsync(1); // found also while hidden
        await page.AssertNoAxeViolationsAsync();

        // On a wide screen the drawer starts open; once closed it stays closed on the next static page of the tab.
        await page.SetViewportSizeAsync(1280, 900);
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await page.GetByTestId("point-stats").GetByRole(AriaRole.Link, new() { Name = "Passed" }).ClickAsync();
        await page.WaitForURLAsync("**/stats?sort=passed&order=desc");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(drawerLink).Not.ToBeInViewportAsync();
    }
}
