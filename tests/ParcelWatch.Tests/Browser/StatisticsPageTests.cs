using System.Net.Http.Json;
using Microsoft.Playwright;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A visitor without an account reads the statistics, filters them, shares the link and downloads the data.</summary>
[Collection(BrowserTests.Name)]
public sealed class StatisticsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Visitor_filters_by_brand_keeps_the_filter_in_the_url_and_downloads_the_csv()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(browser.App);
        foreach (var brand in new[] { "Xiaomi", "Xiaomi", "Meizu" })
        {
            (await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg() with { Brand = brand })).EnsureSuccessStatusCode();
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/stats");
        await Expect(page.GetByTestId("point-stats")).ToContainTextAsync("Orenburg");
        await page.SaveScreenshotAsync("statistics");
        await page.AssertNoAxeViolationsAsync();

        // Columns sort by a real button in the header, announced through aria-sort.
        var nameHeader = page.GetByTestId("point-stats").GetByRole(AriaRole.Columnheader, new() { Name = "Customs point" });
        await nameHeader.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await nameHeader.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "descending");

        // The filters are folded until opened (an idle circuit stays small), and open by themselves once one is set.
        await Expect(page.GetByTestId("filter-brand")).ToHaveCountAsync(0);
        await page.GetByTestId("filters").GetByText("Filters", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("filter-brand").FillAsync("Meizu");
        await page.GetByTestId("apply-filters").ClickAsync();
        await page.WaitForURLAsync("**/stats?brand=Meizu");
        await page.WaitUntilReadyAsync();
        var orenburgRow = page.GetByTestId("point-stats").GetByRole(AriaRole.Row).Filter(new() { HasText = "Orenburg" });
        var meizuReports = await orenburgRow.GetByRole(AriaRole.Cell).First.InnerTextAsync(); // the point's name is the row header

        await page.ReloadAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByTestId("filter-brand")).ToHaveValueAsync("Meizu");
        await Expect(page.GetByTestId("filters")).ToContainTextAsync("Filters (1 set)");
        await Expect(orenburgRow.GetByRole(AriaRole.Cell).First).ToHaveTextAsync(meizuReports);
        Assert.True(int.Parse(meizuReports, System.Globalization.CultureInfo.InvariantCulture) >= 1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!);
        Assert.StartsWith("Id,Shop,CarrierCode,CustomsPoint", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Meizu", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",Xiaomi,", csv, StringComparison.Ordinal);
    }
}
