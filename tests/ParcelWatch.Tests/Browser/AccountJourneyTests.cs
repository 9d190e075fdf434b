using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A new buyer's first visit, driven through the real pages in Chromium.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task New_buyer_registers_signs_out_signs_in_and_switches_language()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        const string passphrase = "my xiaomi passed vnukovo";

        await page.GotoReadyAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register", Level = 1 })).ToBeVisibleAsync();
        var email = await page.RegisterThroughPageAsync(passphrase);
        await Expect(page.GetByText(email)).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", passphrase);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.GetByText(email)).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Какие таможни пропускают ваш телефон?");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Выйти" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitUntilReadyAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Which customs points let your phone through?");
    }

    [Fact]
    public async Task Register_form_explains_what_is_wrong_and_keeps_the_email()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var email = $"weak-{Guid.NewGuid():N}@example.test";

        await page.GotoReadyAsync("/Account/Register");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", "short");
        await page.FillAsync("#Input\\.ConfirmPassword", "different");
        await page.Locator("button[type=submit]").ClickAsync();

        await Expect(page.Locator("#Input\\.Password-error")).ToContainTextAsync("at least 8");
        await Expect(page.Locator("#Input\\.ConfirmPassword-error")).ToContainTextAsync("do not match");
        await Expect(page.Locator("#Input\\.Email")).ToHaveValueAsync(email);

        await page.FillAsync("#Input\\.Password", "password123");
        await page.FillAsync("#Input\\.ConfirmPassword", "password123");
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("too common");
    }

    [Fact]
    public async Task Theme_toggle_switches_to_dark_and_is_remembered_by_static_pages()
    {
        await using var context = await browser.NewContextAsync();
        await context.SignInNewUserAsync();
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync("/parcels/mine"); // an interactive page: the switch answers over the circuit
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();

        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "ParcelWatch.Theme" && c.Value == "dark");
        await page.GotoReadyAsync("/Account/Login");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual("rgb(255, 255, 255)", background);
    }
}
