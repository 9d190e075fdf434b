using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Browser;
using ParcelWatch.Tests.Support;
using Xunit.Abstractions;

namespace ParcelWatch.Tests.Integration.ScaleOut;

/// <summary>
/// Scale-out (docs/deploy.md): two app processes on one PostgreSQL database share sign-in cookies, reports and
/// moderation; behind nginx with the repository's example configuration, killing an instance loses nothing saved and
/// its open pages come back from the other one.
/// </summary>
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private const string Reason = "several app instances share one database server";
    private const string Mine = "/api/v1/parcels?mine=true";
    private const string Point = "orenburg"; // where ParcelRequests.RedmiToOrenburg reports go

    [PostgresOnlyFact(Reason)]
    public async Task A_cookie_a_report_and_a_merge_from_one_instance_hold_on_the_other()
    {
        await using var cluster = await ScaleOutCluster.StartAsync();
        var cookies = new CookieContainer(); // one jar for both: cookies do not care about the port, as in a browser
        using var a = ScaleOutCluster.Client(cluster.A.BaseAddress, cookies);
        using var b = ScaleOutCluster.Client(cluster.B.BaseAddress, cookies);
        using var anonymous = ScaleOutCluster.Client(cluster.B.BaseAddress, new CookieContainer());

        await cluster.SignInAsync(a);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Mine)).StatusCode);
        var mine = await b.GetAsync(Mine);
        Assert.True(mine.StatusCode == HttpStatusCode.OK, $"{mine.StatusCode}: B refused the cookie A issued.{cluster.Diagnostics()}");

        var before = await ReportsAsync(b); // B has cached its statistics now
        var request = ParcelRequests.RedmiToOrenburg() with { OrderNumber = null };
        var canonicalId = await ParcelApi.CreateAsync(a, request);
        var duplicateId = await ParcelApi.CreateAsync(a, request);
        await cluster.EventuallyAsync(async () => await ReportsAsync(b) == before + 2, "B's statistics did not count the two reports posted through A");

        using var moderator = ScaleOutCluster.Client(cluster.A.BaseAddress, new CookieContainer());
        await cluster.SignInAsync(moderator, Roles.Moderator);
        var merge = await moderator.PostAsJsonAsync("/api/v1/moderation/merges", new { canonicalId, duplicateIds = new[] { duplicateId }, reason = "same parcel" });
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);

        await cluster.EventuallyAsync(async () => await ReportsAsync(b) == before + 1, "B's statistics did not show the merge done on A");
        var duplicate = await ParcelApi.ReadAsync(await b.GetAsync($"/api/v1/parcels/{duplicateId}"));
        Assert.Equal(("Duplicate", canonicalId), (duplicate.GetProperty("moderationState").GetString(), duplicate.GetProperty("duplicateOfId").GetInt32()));
    }

    [PostgresOnlyFact(Reason)]
    public async Task Through_nginx_a_report_and_a_sign_in_outlive_the_instance_that_stored_the_report()
    {
        await using var cluster = await ScaleOutCluster.StartAsync();
        using var proxy = ScaleOutCluster.Client(cluster.Proxy.BaseAddress, new CookieContainer());
        // A client without nginx's affinity cookie is hashed on its request id (either instance); the first answer
        // hands the cookie out, and from then on the client stays on one instance.
        (await proxy.GetAsync("/health/live")).EnsureSuccessStatusCode();
        await cluster.SignInAsync(proxy);
        var id = await ParcelApi.CreateAsync(proxy);

        // Which instance stored it: nginx's access log says ($upstream_addr), rather than a guess at nginx's hash.
        var stored = cluster.Instance((await cluster.LoggedAsync("POST", "/api/v1/parcels")).Single().AnsweredBy);
        Assert.All(await cluster.LoggedAsync("POST", "/api/v1/auth/login"), e => Assert.Equal(stored.BaseAddress.Authority, e.AnsweredBy));
        await stored.KillAsync();
        var survivor = cluster.Other(stored);

        var stats = await proxy.GetAsync("/api/v1/stats/points");
        Assert.True(stats.StatusCode == HttpStatusCode.OK, $"{stats.StatusCode} through nginx after the kill.{cluster.Diagnostics()}");
        Assert.Equal(1, Reports(await ParcelApi.ReadAsync(stats)));
        Assert.Same(survivor, cluster.Instance((await cluster.LoggedAsync("GET", "/api/v1/stats/points")).Single().AnsweredBy));
        var mine = await proxy.GetAsync(Mine);
        Assert.True(mine.StatusCode == HttpStatusCode.OK, $"{mine.StatusCode}: the sign-in cookie was refused after the kill.{cluster.Diagnostics()}");
        Assert.Contains(id, (await ParcelApi.ReadAsync(mine)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
    }

    /// <summary>
    /// The circuit lived in the killed instance. Blazor's reconnect goes through nginx, which skips the dead instance;
    /// the survivor does not know the circuit and rejects it, and ReconnectModal.razor.js then reloads the page (it
    /// would offer Retry if no instance answered). The page's reconnect states are kept in sessionStorage, which
    /// outlives that reload.
    /// </summary>
    [PostgresOnlyFact(Reason)]
    public async Task Through_nginx_an_interactive_page_comes_back_when_its_instance_is_killed()
    {
        await using var cluster = await ScaleOutCluster.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions);
        await using var context = await browser.NewContextAsync(new() { BaseURL = cluster.Proxy.BaseAddress.ToString() });
        Assert.True((await context.APIRequest.GetAsync("/health/live")).Ok); // the affinity cookie: page and circuit on one instance
        context.SetDefaultTimeout(60_000); // two apps, nginx and Chromium on a small shared machine
        await context.SignInNewUserAsync(); // through nginx: the cookie holds on either instance (a shared key ring)
        var page = await context.NewPageAsync();
        // A buyer's own list: an interactive page (the reading pages are static and hold no circuit).
        await cluster.StepAsync("the buyer's list did not become interactive", () => page.GotoReadyAsync("/parcels/mine"));
        var circuitHost = cluster.Instance((await cluster.LoggedAsync("POST", "/_blazor/negotiate")).Single().AnsweredBy);
        var survivor = cluster.Other(circuitHost);
        await page.EvaluateAsync(RecordReconnectStates);

        await circuitHost.KillAsync();

        var states = Array.Empty<string>();
        await cluster.EventuallyAsync(async () =>
        {
            states = await TryEvaluateAsync<string[]>(page, "() => JSON.parse(sessionStorage.getItem('reconnect-states') ?? '[]')") ?? states;
            return states.Contains("failed") || (states.Contains("rejected") && await TryEvaluateAsync<bool>(page, Reloaded));
        }, "the reconnect UI neither reloaded the page nor gave up");
        output.WriteLine($"reconnect states after the kill: {string.Join(" -> ", states)}");
        Assert.Equal("show", states[0]); // the reconnect modal was shown first
        if (states.Contains("failed"))
        {
            await Assertions.Expect(page.Locator("#components-reconnect-button")).ToBeVisibleAsync();
        }

        await cluster.StepAsync("the reloaded page did not become interactive", async () =>
        {
            await page.ReloadAsync();
            await page.WaitUntilReadyAsync();
        });

        Assert.True(await page.EvaluateAsync<bool>(Reloaded), $"the page did not render interactive again: {string.Join(", ", states)}.{cluster.Diagnostics()}");
        // A reconnect's negotiate sent on a kept-alive connection to the killed instance gets nginx's 502 (a POST is
        // not passed on once sent; the reconnect UI retries): only the circuits that were opened count here.
        var opened = (await cluster.LoggedAsync("POST", "/_blazor/negotiate", count: 2)).Skip(1).Where(e => e.Status == 200).ToList();
        Assert.True(opened.Count > 0 && opened.All(e => e.AnsweredBy == survivor.BaseAddress.Authority), $"a circuit after the kill was not the survivor's.{cluster.Diagnostics()}");
    }

    private const string RecordReconnectStates = """
        () => {
            window.beforeTheKill = true;
            document.getElementById('components-reconnect-modal').addEventListener('components-reconnect-state-changed', e => {
                const states = JSON.parse(sessionStorage.getItem('reconnect-states') ?? '[]');
                sessionStorage.setItem('reconnect-states', JSON.stringify([...states, e.detail.state]));
            });
        }
        """;

    private const string Reloaded = "() => !window.beforeTheKill && !!document.querySelector(\".mud-layout[data-interactive='true']\")";

    /// <summary>The default (null, false) while the page is between documents (the reconnect UI reloads it).</summary>
    private static async Task<T?> TryEvaluateAsync<T>(IPage page, string script)
    {
        try
        {
            return await page.EvaluateAsync<T>(script);
        }
        catch (PlaywrightException)
        {
            return default;
        }
    }

    private static async Task<int> ReportsAsync(HttpClient client) => Reports(await client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points"));

    private static int Reports(JsonElement stats) =>
        stats.EnumerateArray().Single(p => p.GetProperty("code").GetString() == Point).GetProperty("reports").GetInt32();
}
