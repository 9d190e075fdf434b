using Microsoft.Playwright;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A buyer logs the seed story's parcel and records its return, through the real pages in Chromium.</summary>
[Collection(BrowserTests.Name)]
public sealed class ParcelJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Buyer_logs_a_redmi_to_orenburg_records_its_return_and_finds_the_refund_guide()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var trackingNumber = ParcelRequests.NewChinaPostNumber();
        var email = await page.RegisterThroughPageAsync("my redmi went to orenburg");
        await Expect(page.GetByText(email)).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Log a parcel" }).First.ClickAsync();
        // From the static home page to an interactive one: the URL changes before the new page is in, so wait for its circuit.
        await page.WaitForURLAsync("**/parcels/new");
        await page.Locator(".mud-layout[data-interactive='true']").WaitForAsync();
        await page.GetByLabel("Order number").FillAsync("8123456789012");
        await page.GetByLabel("Tracking number").PressSequentiallyAsync(trackingNumber.ToLowerInvariant());
        await Expect(page.GetByTestId("tracking-hint")).ToContainTextAsync("check digit correct");
        await Expect(page.GetByTestId("tracking-hint")).ToContainTextAsync("China Post");
        await page.SaveScreenshotAsync("log-parcel-hint");
        await page.AssertNoAxeViolationsAsync();

        await ChooseAsync(page, "Customs point", "Orenburg international mail exchange (MMPO)");
        await page.GetByTestId("brand").FillAsync("Xiaomi");
        await page.GetByLabel("Model").FillAsync("Redmi 4X");
        await page.GetByLabel("Declaration text (CN22)").FillAsync("cell phone");
        await page.GetByLabel("Declared value").FillAsync("150");
        await page.GetByLabel("Shipped on").FillAsync("2017-04-03");
        await page.GetByTestId("submit").ClickAsync();

        await page.ExpectReportPageAsync(trackingNumber);

        await Expect(page.GetByTestId("outcome")).ToHaveTextAsync("Pending");
        await Expect(page.GetByTestId("carrier")).ToHaveTextAsync("China Post");

        await AddEventAsync(page, "Held by customs", "2017-04-10", checkAccessibility: true);
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Held by customs");
        await AddEventAsync(page, "Returned to sender", "2017-04-24");
        await Expect(page.GetByTestId("outcome")).ToHaveTextAsync("Returned");
        await page.WaitUntilReadyAsync();
        await page.SaveScreenshotAsync("parcel-details");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByTestId("refund-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("how to get your money back");
        await page.WaitUntilReadyAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoReadyAsync("/parcels/mine");
        await Expect(page.GetByTestId("my-parcels")).ToContainTextAsync(trackingNumber);
        await Expect(page.GetByTestId("my-parcels").GetByTestId("outcome")).ToHaveTextAsync("Returned");
        await page.SaveScreenshotAsync("my-parcels");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Мои посылки");
        await Expect(page.GetByTestId("my-parcels").GetByTestId("outcome")).ToHaveTextAsync("Возвращена");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My parcels");
    }

    [Fact]
    public async Task Empty_form_shows_a_message_under_each_required_field_and_saves_nothing()
    {
        await using var context = await browser.NewContextAsync();
        await context.SignInNewUserAsync();
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync("/parcels/new");
        await page.GetByLabel("Tracking number").FillAsync("RB123456784GB");
        await page.GetByTestId("submit").ClickAsync();

        await Expect(page.GetByText("check digit is wrong").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Choose the customs point.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Copy the declaration text from the parcel's CN22 label.")).ToBeVisibleAsync();
        await page.WaitUntilReadyAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoReadyAsync("/parcels/mine");
        await Expect(page.GetByText("You have not logged any parcels yet.")).ToBeVisibleAsync();
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
    }

    private static async Task AddEventAsync(IPage page, string kind, string date, bool checkAccessibility = false)
    {
        await page.GetByTestId("add-event").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Event").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = kind }).ClickAsync();
        await dialog.GetByLabel("Date").FillAsync(date);
        await page.SaveScreenshotAsync("add-event-dialog");
        if (checkAccessibility)
        {
            await page.AssertNoAxeViolationsAsync();
        }

        await dialog.GetByTestId("event-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }
}
