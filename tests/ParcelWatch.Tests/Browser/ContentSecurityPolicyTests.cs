using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>The pages work under the Content-Security-Policy: Chromium reports no violation, interactive pages respond.</summary>
[Collection(BrowserTests.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task No_page_breaks_the_policy_and_interactive_pages_still_answer_clicks()
    {
        await using var context = await browser.NewContextAsync();
        await browser.SignInAsync(context, Roles.Moderator);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in new[] { "/", "/stats", "/stats/declarations", "/parcels/new", "/parcels/mine", "/moderation/duplicates", "/moderation/audit", "/refund-guide", "/Account/Manage", "/scalar" })
        {
            await page.GotoReadyAsync(path);
        }

        await page.GotoReadyAsync("/parcels/mine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync(); // answered over the circuit's WebSocket
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light theme" })).ToBeVisibleAsync();
        Assert.Empty(violations);
    }
}
