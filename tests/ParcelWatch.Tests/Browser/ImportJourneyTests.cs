using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>
/// A volunteer uploads their Russian Excel sheet, checks the preview (nothing stored yet), accepts the suggested point
/// for a misspelled name, watches the import finish and downloads the error report.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Volunteer_previews_a_sheet_accepts_a_suggested_point_watches_it_reach_100_percent_and_downloads_the_error_report(bool dark)
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
            Buffer = VolunteerSheets.Csv1251(firstSerial: dark ? 71_000_000 : 70_000_000),
        });
        var counts = page.GetByTestId("import-counts");
        await Expect(counts).ToContainTextAsync("40 rows: 34 will be imported, 0 already reported, 6 will not be imported.", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("import-detected")).ToContainTextAsync("encoding windows-1251, separator “;”, dates as dd.MM.yyyy");
        await Expect(page.GetByTestId("import-preview").Locator("tbody tr")).ToHaveCountAsync(20);
        await Expect(page.GetByTestId("import-unknown-values")).ToContainTextAsync($"Customs point «{VolunteerSheets.Misspelling}»: 2 rows.");
        await page.WaitUntilReadyAsync();
        await page.SaveScreenshotAsync($"import-preview{(dark ? "-dark" : "")}");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByTestId("accept-suggestion").ClickAsync();
        await Expect(counts).ToContainTextAsync("40 rows: 36 will be imported, 0 already reported, 4 will not be imported.");
        await Expect(page.GetByTestId("import-unknown-values")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("import-mapped-values")).ToContainTextAsync($"«{VolunteerSheets.Misspelling}»");
        await Expect(page.GetByTestId("import-reasons")).ToContainTextAsync("Shipped on: The date does not read in the file's date layout (dd.MM.yyyy).");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the import" }).ClickAsync();
        await Expect(page.GetByTestId("import-status")).ToContainTextAsync("Done: 40 rows read.", new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Import progress" })).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(page.GetByTestId("import-progress")).ToContainTextAsync("Imported: 36");
        await Expect(page.GetByTestId("import-progress")).ToContainTextAsync("Rejected: 4");
        await page.SaveScreenshotAsync($"import-done{(dark ? "-dark" : "")}");
        await page.AssertNoAxeViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the error report" }).ClickAsync());
        var report = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.All(VolunteerSheets.BrokenDateLines, line => Assert.Contains($"\n{line},", report, StringComparison.Ordinal));
        Assert.Contains("date layout", report, StringComparison.Ordinal);
    }
}
