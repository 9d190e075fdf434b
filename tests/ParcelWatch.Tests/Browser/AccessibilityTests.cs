using Microsoft.Playwright;

namespace ParcelWatch.Tests.Browser;

/// <summary>axe (WCAG A/AA and best practice) finds nothing on any page, in light/English and dark/Russian.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, bool> Pages()
    {
        string[] paths =
        [
            "/", "/no-such-page",
            "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ForgotPasswordConfirmation",
            "/Account/ResetPassword?code=YWJj", "/Account/ResetPasswordConfirmation", "/Account/InvalidPasswordReset",
            "/Account/RegisterConfirmation", "/Account/ResendEmailConfirmation", "/Account/Lockout", "/Account/AccessDenied",
            "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/Manage/PersonalData",
            "/parcels/new", "/parcels/mine", "/parcels/987654321", "/refund-guide",
            "/stats", "/stats/points/orenburg", "/stats/declarations", "/stats/points/atlantis",
            "/stats?from=2026-05-01&to=2026-01-01&category=Toaster", // the filters' error state
        ];
        return InBothThemes(paths);
    }

    /// <summary>Each path once in light/English and once in dark/Russian.</summary>
    public static TheoryData<string, bool> InBothThemes(IEnumerable<string> paths)
    {
        var data = new TheoryData<string, bool>();
        foreach (var path in paths)
        {
            data.Add(path, false);
            data.Add(path, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string path, bool dark)
    {
        await using var context = await browser.NewContextAsync(dark ? "ru-RU" : "en-US", dark);
        if (path.StartsWith("/Account/Manage", StringComparison.Ordinal) || path.StartsWith("/parcels/", StringComparison.Ordinal))
        {
            await context.SignInNewUserAsync();
        }

        var page = await context.NewPageAsync();
        await page.GotoReadyAsync(path);
        await page.SaveScreenshotAsync($"page{path.Replace('/', '-').Replace('?', '-')}{(dark ? "-dark-ru" : "")}");

        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Forms_showing_errors_have_no_axe_violations(bool dark)
    {
        await using var context = await browser.NewContextAsync(dark ? "ru-RU" : "en-US", dark);
        var page = await context.NewPageAsync();

        await page.GotoReadyAsync("/Account/Login");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator(".validation-message").First.WaitForAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoReadyAsync("/Account/Register");
        await page.FillAsync("#Input\\.Email", $"axe-{Guid.NewGuid():N}@example.test");
        await page.FillAsync("#Input\\.Password", "password123");
        await page.FillAsync("#Input\\.ConfirmPassword", "password123");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Alert).First.WaitForAsync();
        await page.AssertNoAxeViolationsAsync();
    }
}
