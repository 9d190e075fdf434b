using System.Net;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// The statistics pages are rendered statically (ADR-013): what the server sends for them, through HTTP against a
/// real SQLite file. The browser side (folding, the menu button, the filter form) is in Browser/StatisticsPageTests.
/// </summary>
public sealed class StatisticsPagesTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    // Blazor writes this comment where an interactive component will start a circuit.
    private const string CircuitMarker = "<!--Blazor:{\"type\":\"server\"";

    [Theory]
    [InlineData("/")]
    [InlineData("/stats")]
    [InlineData("/stats?brand=Xiaomi&sort=name&order=asc")]
    [InlineData("/stats/points/orenburg?period=month")]
    [InlineData("/stats/declarations?point=orenburg")]
    public async Task Reading_pages_are_static_and_start_no_circuit(string path)
    {
        var html = await GetEnglishAsync(path);

        Assert.DoesNotContain(CircuitMarker, html, StringComparison.Ordinal);
        Assert.Contains("data-interactive=\"static\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_that_edit_are_still_interactive()
    {
        var html = await GetEnglishAsync("/refund-guide");

        Assert.Contains(CircuitMarker, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_form_s_empty_fields_are_dropped_from_the_url_by_a_redirect()
    {
        var response = await factory.CreateClientWithoutRedirects().GetAsync("/stats?from=&to=&brand=Xiaomi&category=&carrier=&shop=&declaration=&sort=name&order=asc");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stats?brand=Xiaomi&sort=name&order=asc", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Filters_that_do_not_parse_are_shown_at_their_field_and_keep_what_was_typed()
    {
        var html = await GetEnglishAsync("/stats?from=2026-05-01&to=2026-01-01&brand=Xiaomi");

        Assert.Contains("id=\"filter-to-error\">&#x27;to&#x27; is before &#x27;from&#x27;.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Xiaomi\"", html, StringComparison.Ordinal);
        Assert.Contains("Some filters could not be read", html, StringComparison.Ordinal);
        Assert.Matches("<details[^>]*open[^>]*data-testid=\"filters\"", html);
    }

    [Fact]
    public async Task A_carrier_code_outside_the_catalogue_stays_selected_so_the_next_apply_keeps_it()
    {
        var html = await GetEnglishAsync("/stats?carrier=ZZ");

        Assert.Contains("<option value=\"ZZ\" selected>ZZ</option>", html, StringComparison.Ordinal);
        Assert.Contains("Filters (1 set)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_is_a_link_and_the_header_says_which_way()
    {
        var html = await GetEnglishAsync("/stats?sort=name&order=asc");

        Assert.Matches("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort-header\" href=\"[^\"]*sort=name&amp;order=desc\">Customs point", html);
        Assert.Matches("<th scope=\"col\" aria-sort=\"none\"><a class=\"sort-header\" href=\"[^\"]*sort=reports&amp;order=desc\">Reports", html);
    }

    [Fact]
    public async Task The_theme_switch_of_static_pages_sets_the_cookie_and_goes_back_but_never_off_site()
    {
        var client = factory.CreateClientWithoutRedirects();

        var response = await client.GetAsync("/theme?set=dark&returnUrl=%2Fstats%3Fbrand%3DXiaomi");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stats?brand=Xiaomi", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ParcelWatch.Theme=dark", StringComparison.Ordinal));

        var offSite = await client.GetAsync("/theme?set=purple&returnUrl=https://evil.example/");
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
        Assert.False(offSite.Headers.Contains("Set-Cookie"));
    }

    private async Task<string> GetEnglishAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
