using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParcelWatch.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A buyer without an account asks /check about a Xiaomi phone declared as a phone, shares the answer's URL and reloads it.</summary>
[Collection(BrowserTests.Name)]
public sealed class CheckPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Xiaomi_phone_declared_as_a_phone_gives_a_ranked_answer_with_a_sentence_kept_in_the_url()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(browser.App);
        for (var i = 0; i < 12; i++)
        {
            var id = await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { DeclarationText = "Mobile phone" });
            await ParcelApi.AddEventAsync(buyer, id, "Held", "2017-04-10");
            await ParcelApi.AddEventAsync(buyer, id, "Returned", "2017-04-24");
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/check");
        await Expect(page.GetByTestId("check-reminder")).ToContainTextAsync("does not advise misdeclaring");
        await page.GetByLabel("What is inside").SelectOptionAsync("Phone");
        await page.GetByLabel("Brand").FillAsync("Xiaomi");
        await page.GetByLabel("Declared as").SelectOptionAsync("Phone");
        await page.GetByTestId("check-submit").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("category=Phone", StringComparison.Ordinal)
            && url.Contains("brand=Xiaomi", StringComparison.Ordinal) && url.Contains("wordingClass=Phone", StringComparison.Ordinal));
        await page.WaitUntilReadyAsync();

        var orenburg = page.Locator("[data-testid=check-point][data-code=orenburg]");
        await Expect(orenburg.GetByTestId("check-sentence")).ToContainTextAsync("At Orenburg");
        await Expect(orenburg.GetByTestId("check-sentence")).ToHaveTextAsync(new Regex(@"\d+ of \d+ decided reports of Xiaomi phones declared as a phone were returned or seized"));
        await Expect(orenburg.GetByTestId("check-trend")).ToHaveTextAsync(new Regex("^(returns rising|returns falling|returns steady|too few for a trend)$"));
        await Expect(orenburg.GetByTestId("check-sentence")).ToContainTextAsync("95% interval");
        await page.SaveScreenshotAsync("check");
        await page.AssertNoAxeViolationsAsync();

        await page.ReloadAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByLabel("What is inside")).ToHaveValueAsync("Phone");
        await Expect(page.GetByLabel("Brand")).ToHaveValueAsync("Xiaomi");
        await Expect(page.GetByLabel("Declared as")).ToHaveValueAsync("Phone");
        await Expect(orenburg.GetByTestId("check-sentence")).ToContainTextAsync("At Orenburg");
        var url = page.Url;

        // The same answer on a phone, in Russian and the dark theme: no sideways scroll, axe clean.
        await using var phone = await browser.NewContextAsync("ru-RU", darkTheme: true);
        var phonePage = await phone.NewPageAsync();
        await phonePage.SetViewportSizeAsync(390, 844);
        await phonePage.GotoReadyAsync(new Uri(url).PathAndQuery);
        await Expect(phonePage.Locator("[data-testid=check-point][data-code=orenburg]").GetByTestId("check-sentence"))
            .ToHaveTextAsync(new Regex(@"возвращено или изъято \d+ из \d+ решённых отчётов о телефонах Xiaomi, заявленных как телефон"));
        var widths = await phonePage.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"/check scrolls sideways on a phone: {widths[0]} > {widths[1]}");
        await phonePage.SaveScreenshotAsync("check-phone-dark-ru");
        await phonePage.AssertNoAxeViolationsAsync();
    }
}
