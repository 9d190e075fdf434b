using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A volunteer uploads a Russian sheet, checks the guessed columns, watches the import finish, downloads the error report.</summary>
[Collection(BrowserTests.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Volunteer_imports_a_sheet_watches_it_reach_100_percent_and_downloads_the_error_report(bool dark)
    {
        await using var context = await browser.NewContextAsync(darkTheme: dark);
        await browser.SignInAsync(context, Roles.Volunteer);
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/import");
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "таможня.csv",
            MimeType = "text/csv",
            Buffer = Sheet(firstSerial: dark ? 81_000_000 : 80_000_000),
        });
        await Expect(page.GetByTestId("import-preview")).ToBeVisibleAsync();
        await Expect(page.GetByText("separator “;”")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync($"import-columns{(dark ? "-dark" : "")}");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the import" }).ClickAsync();
        await Expect(page.GetByTestId("import-status")).ToContainTextAsync("Done: 1203 rows read.", new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Import progress" })).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(page.GetByTestId("import-progress")).ToContainTextAsync("Imported: 1200");
        await page.SaveScreenshotAsync($"import-done{(dark ? "-dark" : "")}");
        await page.AssertNoAxeViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the error report" }).ClickAsync());
        var report = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\n1203,", report, StringComparison.Ordinal); // header is line 1, the bad rows are the last three
        Assert.Contains("\n1204,", report, StringComparison.Ordinal);
        Assert.Contains("Unknown customs point", report, StringComparison.Ordinal);
    }

    /// <summary>1,200 good rows and three bad ones, as a Russian volunteer keeps them (Windows-1251 is tested over HTTP).</summary>
    private static byte[] Sheet(int firstSerial)
    {
        var text = new StringBuilder("Трек;Таможня;Магазин;Категория;Декларация;Результат;Дата\n");
        for (var i = 0; i < 1200; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{ImportApi.TrackingNumber(firstSerial + i)};Оренбург;AliExpress;телефон;cell phone;{(i % 3 == 0 ? "возврат" : "")};{(i % 3 == 0 ? "12.04.2017" : "")}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{ImportApi.TrackingNumber(firstSerial + 5000)};Атлантида;AliExpress;телефон;cell phone;;\n");
        text.Append(CultureInfo.InvariantCulture, $"{ImportApi.TrackingNumber(firstSerial + 5001)};Атлантида;AliExpress;телефон;cell phone;;\n");
        text.Append(CultureInfo.InvariantCulture, $"{ImportApi.TrackingNumber(firstSerial + 5002)};Атлантида;AliExpress;телефон;cell phone;;\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
