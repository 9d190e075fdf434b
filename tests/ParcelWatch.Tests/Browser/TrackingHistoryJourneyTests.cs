using Microsoft.Playwright;
using ParcelWatch.Tests.Support;
using ParcelWatch.Tests.Unit.TrackingHistory;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A buyer pastes a tracking history, checks the preview and confirms; the report shows the events and the point.</summary>
[Collection(BrowserTests.Name)]
public sealed class TrackingHistoryJourneyTests(BrowserFixture browser)
{
    private const string Vnukovo = "Moscow Vnukovo MMPO (Russian Post logistics centre)";

    [Fact]
    public async Task Buyer_pastes_a_history_on_log_a_parcel_previews_it_saves_and_the_report_shows_the_events_and_the_point()
    {
        await using var context = await browser.NewContextAsync();
        await context.SignInNewUserAsync();
        var page = await context.NewPageAsync();
        var trackingNumber = ParcelRequests.NewChinaPostNumber();

        await page.GotoReadyAsync("/parcels/new");
        await page.GetByTestId("paste-history").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("history-read").ClickAsync();
        await Expect(dialog.GetByText("Paste the tracking history.")).ToBeVisibleAsync(); // empty: a message on the field, no preview
        await dialog.GetByLabel("Tracking history").FillAsync(HistorySamples.RussianBlocksNewestFirst.Replace("RA123456785CN", trackingNumber, StringComparison.Ordinal));
        await dialog.GetByTestId("history-read").ClickAsync();

        await Expect(dialog.GetByTestId("history-number")).ToHaveTextAsync(trackingNumber);
        await Expect(dialog.GetByTestId("history-point")).ToHaveTextAsync(Vnukovo);
        var events = dialog.GetByTestId("history-events").Locator("> li");
        await Expect(events).ToHaveCountAsync(4);
        await Expect(events.Nth(2)).ToContainTextAsync("Released by customs");
        await Expect(events.Nth(2)).ToContainTextAsync("Выпущено таможней · 14 мая 2017, 19:40 (МСК) · ММПО Внуково 102976");
        await Expect(events.Nth(2)).ToContainTextAsync("Will be added.");
        await Expect(dialog.GetByText("Every line was read.")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("tracking-history-preview");
        await page.AssertNoAxeViolationsAsync();
        await dialog.GetByTestId("history-use").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await Expect(page.GetByLabel("Tracking number")).ToHaveValueAsync(trackingNumber);
        await Expect(page.GetByTestId("history-pending")).ToContainTextAsync("Released by customs");
        await page.GetByTestId("brand").FillAsync("Xiaomi");
        await page.GetByLabel("Model").FillAsync("Mi 6");
        await page.GetByLabel("Declaration text (CN22)").FillAsync("android phone");
        await page.GetByTestId("submit").ClickAsync();

        await page.ExpectReportPageAsync(trackingNumber);
        await Expect(page.GetByTestId("outcome")).ToHaveTextAsync("Passed");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(Vnukovo);
        var timeline = page.GetByTestId("timeline").Locator("> li");
        await Expect(timeline).ToHaveCountAsync(4);
        await Expect(timeline.Nth(0)).ToContainTextAsync("Arrived at customs");
        await Expect(timeline.Nth(1)).ToContainTextAsync("Held by customs");
        await Expect(timeline.Nth(2)).ToContainTextAsync("Released by customs");
        await Expect(timeline.Nth(2)).ToContainTextAsync("ММПО Внуково 102976");
        await Expect(timeline.Nth(3)).ToContainTextAsync("Delivered");
        await page.WaitUntilReadyAsync();
        await page.SaveScreenshotAsync("tracking-history-report");
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task On_a_reports_page_a_contradiction_waits_for_the_buyers_choice_and_only_missing_events_are_added()
    {
        await using var context = await browser.NewContextAsync("ru-RU", darkTheme: true);
        await context.SignInNewUserAsync();
        var created = await context.APIRequest.PostAsync("/api/v1/parcels", new() { DataObject = ParcelRequests.RedmiToOrenburg() });
        Assert.True(created.Ok, await created.TextAsync());
        var id = (await created.JsonAsync())!.Value.GetProperty("id").GetInt32();
        var arrival = await context.APIRequest.PostAsync($"/api/v1/parcels/{id}/events", new() { DataObject = new { kind = "ArrivedAtCustoms", occurredOn = "2017-05-12" } });
        Assert.True(arrival.Ok, await arrival.TextAsync());
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync($"/parcels/{id}");
        await page.GetByTestId("paste-history").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("История отслеживания").FillAsync(HistorySamples.RussianLinesReleasedThenReturned + "\r\nПосылка где-то рядом\r\n");
        await dialog.GetByTestId("history-read").ClickAsync();

        await Expect(dialog.GetByTestId("history-contradiction")).ToContainTextAsync("История противоречит сама себе");
        await Expect(dialog.GetByTestId("history-point")).ToContainTextAsync("ММПО Внуково");
        await Expect(dialog.GetByTestId("history-point")).ToContainTextAsync("в сообщении указан ММПО Оренбург");
        await Expect(dialog.GetByTestId("history-ignored")).ToHaveTextAsync("Посылка где-то рядом");
        var events = dialog.GetByTestId("history-events").Locator("> li");
        await Expect(events.Nth(0)).ToContainTextAsync("Уже записано.");
        await Expect(events.Nth(2)).ToContainTextAsync("У посылки уже есть итог");
        await Expect(dialog.GetByTestId("history-use")).ToBeDisabledAsync();
        await page.SaveScreenshotAsync("tracking-history-contradiction");
        await page.AssertNoAxeViolationsAsync();

        await events.Nth(1).GetByRole(AriaRole.Checkbox).ClickAsync(); // the buyer knows it came back: untick the release
        await Expect(events.Nth(2)).ToContainTextAsync("Будет добавлено.");
        await dialog.GetByTestId("history-use").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await Expect(page.GetByTestId("outcome")).ToHaveTextAsync("Возвращена");
        var timeline = page.GetByTestId("timeline").Locator("> li");
        await Expect(timeline).ToHaveCountAsync(2);
        await Expect(timeline.Nth(1)).ToContainTextAsync("Возвращено таможней");
    }
}
