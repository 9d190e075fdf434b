using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ParcelWatch.Tests.Browser;

/// <summary>What the browser tests do again and again: wait until a page is usable, sign in, run axe.</summary>
public static class PageActions
{
    /// <summary>
    /// Interactive pages are usable once the circuit is up (the layout turns data-interactive from 'false' to 'true');
    /// static pages (data-interactive='static', or the Account layout without it) once loaded.
    /// </summary>
    public static async Task WaitUntilReadyAsync(this IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await page.Locator(".mud-layout[data-interactive='false']").CountAsync() > 0)
        {
            await page.Locator(".mud-layout[data-interactive='true']").WaitForAsync();
        }

        await page.WaitForAnimationsAsync();
    }

    /// <summary>
    /// Waits two animation frames, so that a transition the last change set off (a resize, a class swapped) has
    /// started, then until every finite animation and transition has ended: only then does a screenshot or a
    /// measurement see where things come to rest. Endless animations (a busy indicator) are not waited for.
    /// </summary>
    public static async Task WaitForAnimationsAsync(this IPage page) => await page.EvaluateAsync(
        """
        () => new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
            .then(() => Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
                .map(a => a.finished.catch(() => null))))
        """);

    public static async Task GotoReadyAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitUntilReadyAsync();
    }

    /// <summary>Registers and signs in through the API from inside the browser context, so it holds the cookie.</summary>
    public static async Task<string> SignInNewUserAsync(this IBrowserContext context, Func<string, Task>? beforeSignIn = null)
    {
        var email = $"browser-{Guid.NewGuid():N}@example.test";
        var credentials = new Dictionary<string, string> { ["email"] = email, ["password"] = Support.ParcelWatchFactory.Password };
        var register = await context.APIRequest.PostAsync("/api/v1/auth/register", new() { DataObject = credentials });
        Assert.True(register.Ok, await register.TextAsync());
        if (beforeSignIn is not null)
        {
            await beforeSignIn(email);
        }

        var login = await context.APIRequest.PostAsync("/api/v1/auth/login?useCookies=true", new() { DataObject = credentials });
        Assert.True(login.Ok, await login.TextAsync());
        return email;
    }

    /// <summary>
    /// What a person would see gone wrong on the page (its address, messages, field errors, the reconnect or error bar,
    /// what the fields hold) and whether its circuit is up, for the message of a test that waited in vain.
    /// </summary>
    public static async Task<string> DescribeTroubleAsync(this IPage page)
    {
        const string Visible = ".mud-snackbar:visible, .mud-input-error:visible, .mud-alert:visible, #blazor-error-ui:visible, #components-reconnect-modal:visible";
        var messages = await page.Locator(Visible).AllInnerTextsAsync();
        var interactive = await page.Locator(".mud-layout").EvaluateAllAsync<string[]>("layouts => layouts.map(l => l.dataset.interactive ?? 'none')");
        var fields = await page.Locator("main input:visible, main textarea:visible").EvaluateAllAsync<string[]>(
            "inputs => inputs.map(i => `${i.labels?.[0]?.innerText ?? i.name ?? i.id}='${i.value}'`)");
        return $"at {page.Url}, interactive: {string.Join(",", interactive.DefaultIfEmpty("no layout"))}, showing: "
            + $"{string.Join(" | ", messages.Where(text => !string.IsNullOrWhiteSpace(text)).DefaultIfEmpty("no message"))}; fields: {string.Join(", ", fields)}";
    }

    /// <summary>
    /// Waits for the report's page that saving the "Log a parcel" form leads to; when it does not come, the failure says
    /// what the page showed instead and a screenshot is saved.
    /// </summary>
    public static async Task ExpectReportPageAsync(this IPage page, string trackingNumber)
    {
        try
        {
            // A durable write and a navigation over the circuit: more than the default 5 s on a loaded CI machine.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Parcel {trackingNumber}", new() { Timeout = 20_000 });
        }
        catch (PlaywrightException error)
        {
            await page.SaveScreenshotAsync("log-parcel-not-saved");
            var submit = page.GetByTestId("submit");
            var saving = await submit.CountAsync() == 0 ? "no save button" : await submit.IsDisabledAsync() ? "the save button still busy" : "the save button ready";
            throw new InvalidOperationException($"The report's page did not appear after submit ({saving}) {await page.DescribeTroubleAsync()}", error);
        }
    }

    /// <summary>Saves a full-page screenshot when PARCELWATCH_SCREENSHOTS names a folder (for looking at pages by eye).</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("PARCELWATCH_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Registers a new account through the Register page, as a person would; returns its email.</summary>
    public static async Task<string> RegisterThroughPageAsync(this IPage page, string passphrase)
    {
        var email = $"buyer-{Guid.NewGuid():N}@example.test";
        await page.GotoReadyAsync("/Account/Register");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", passphrase);
        await page.FillAsync("#Input\\.ConfirmPassword", passphrase);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitUntilReadyAsync();
        return email;
    }

    /// <summary>
    /// Runs axe once every finite animation has ended and every snackbar is gone: axe computes colours with the
    /// current opacity, so a snackbar fading in or out reads as low contrast. MudBlazor starts a snackbar's fade-out
    /// from a server-side timer, so a snackbar fully shown when checked can start fading while axe runs (seen in CI
    /// on a loaded machine); waiting until it has left is the only state that cannot change under axe.
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        await page.WaitForAnimationsAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.mud-snackbar').length === 0", null, new() { Timeout = 30_000 });
        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{violations.Length} axe violation(s) on {url}:");
        foreach (var violation in violations)
        {
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append(System.Globalization.CultureInfo.InvariantCulture, $"{violation.Id} ({violation.Impact}): {violation.Help} -> {string.Join(", ", node.Target)} :: {node.Html}");
            }
        }

        return text.ToString();
    }
}
