using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>
/// A volunteer uploads their Russian Excel sheet, checks the preview (nothing stored yet), accepts the suggested point
/// for a misspelled name, watches the import finish and downloads the error report: light in English, dark in Russian.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Volunteer_previews_a_sheet_accepts_a_suggested_point_watches_it_reach_100_percent_and_downloads_the_error_report(bool dark)
    {
        var ru = dark;
        string Say(string english, string russian) => ru ? russian : english;
        await using var context = await browser.NewContextAsync(locale: ru ? "ru-RU" : "en-US", darkTheme: dark);
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
        await Expect(counts).ToContainTextAsync(Say("40 rows: 34 will be imported, 0 already reported, 6 will not be imported.", "Строк: 40. Будет импортировано: 34, уже есть в базе: 0, не будет импортировано: 6."), new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("import-detected")).ToContainTextAsync(Say("encoding windows-1251, separator “;”, dates as dd.MM.yyyy", "кодировка windows-1251, разделитель «;», даты в виде dd.MM.yyyy"));
        await Expect(page.GetByTestId("import-preview").Locator("tbody tr")).ToHaveCountAsync(20);
        await Expect(page.GetByTestId("import-unknown-values")).ToContainTextAsync(Say($"Customs point «{VolunteerSheets.Misspelling}»: 2 rows.", $"Таможенный пункт «{VolunteerSheets.Misspelling}»: строк — 2."));
        await page.WaitUntilReadyAsync();
        await page.SaveScreenshotAsync($"import-preview{(dark ? "-dark" : "")}");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByTestId("accept-suggestion").ClickAsync();
        await Expect(counts).ToContainTextAsync(Say("40 rows: 36 will be imported, 0 already reported, 4 will not be imported.", "Строк: 40. Будет импортировано: 36, уже есть в базе: 0, не будет импортировано: 4."));
        await Expect(page.GetByTestId("import-unknown-values")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("import-mapped-values")).ToContainTextAsync($"«{VolunteerSheets.Misspelling}»");
        await Expect(page.GetByTestId("import-reasons")).ToContainTextAsync(Say("Shipped on: The date does not read in the file's date layout (dd.MM.yyyy).", "Дата отправки: Дата не читается в формате дат этого файла (dd.MM.yyyy)."));

        await page.GetByRole(AriaRole.Button, new() { Name = Say("Start the import", "Начать импорт") }).ClickAsync();
        await Expect(page.GetByTestId("import-status")).ToContainTextAsync(Say("Done: 40 rows read.", "Готово: прочитано строк — 40."), new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = Say("Import progress", "Ход импорта") })).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(page.GetByTestId("import-progress")).ToContainTextAsync(Say("Imported: 36", "Импортировано: 36"));
        await Expect(page.GetByTestId("import-progress")).ToContainTextAsync(Say("Rejected: 4", "Отклонено: 4"));
        await page.SaveScreenshotAsync($"import-done{(dark ? "-dark" : "")}");
        await page.AssertNoAxeViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = Say("Download the error report", "Скачать отчёт об ошибках") }).ClickAsync());
        var report = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.All(VolunteerSheets.BrokenDateLines, line => Assert.Contains($"\n{line},", report, StringComparison.Ordinal));
        Assert.Contains(Say("date layout", "формате дат"), report, StringComparison.Ordinal);
    }
}
