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
    [InlineData("/refund-guide")]
    public async Task Reading_pages_are_static_and_start_no_circuit(string path)
    {
        var html = await GetEnglishAsync(path);

        Assert.DoesNotContain(CircuitMarker, html, StringComparison.Ordinal);
        Assert.Contains("data-interactive=\"static\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_that_edit_are_still_interactive()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var html = await GetEnglishAsync($"/parcels/{await ParcelApi.CreateAsync(buyer)}"); // its owner adds events there

        Assert.Contains(CircuitMarker, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stats?from=&to=&brand=Xiaomi&category=&carrier=&shop=&declaration=&sort=name&order=asc", "/stats?brand=Xiaomi&sort=name&order=asc")]
    [InlineData("/stats?a+b=&brand=Xiaomi", "/stats?brand=Xiaomi")] // an encoded name, once (no redirect loop)
    [InlineData("/stats?=", "/stats")]
    public async Task The_filter_form_s_empty_fields_are_dropped_from_the_url_by_one_redirect(string path, string target)
    {
        var client = factory.CreateClientWithoutRedirects();

        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(target)).StatusCode);
    }

    [Theory]
    [InlineData("/stats?brand=Xiaomi")]
    [InlineData("/stats?from=x&brand=")] // a filter that does not parse is shown with what was typed, not redirected
    public async Task Clean_urls_and_urls_with_errors_are_not_redirected(string path)
    {
        var response = await factory.CreateClientWithoutRedirects().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Filters_that_do_not_parse_are_shown_at_their_field_and_keep_what_was_typed()
    {
        var html = await GetEnglishAsync("/stats?from=2026-05-01&to=2026-01-01&brand=Xiaomi");

        Assert.Matches("id=\"filter-to\"[^>]*aria-invalid=\"true\" aria-describedby=\"filter-to-error\"", html);
        Assert.Contains("id=\"filter-to-error\">The end of the period is before its start.</span>", html, StringComparison.Ordinal);
        Assert.Matches("value=\"Xiaomi\"[^>]*id=\"filter-brand\"", html);
        Assert.Contains("Some filters could not be read", html, StringComparison.Ordinal);
        Assert.Matches("<details[^>]*open[^>]*data-testid=\"filters\"", html);
    }

    [Fact]
    public async Task Filter_errors_are_in_the_reader_s_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/stats?from=2026-05-01&to=2026-01-01");
        request.Headers.TryAddWithoutValidation("Accept-Language", "ru");

        var html = WebUtility.HtmlDecode(await (await factory.CreateClient().SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("Конец периода раньше его начала.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selects_show_the_filter_however_the_url_spells_it_and_keep_values_they_do_not_list()
    {
        var html = await GetEnglishAsync("/stats?category=phone&shop=%20aliexpress&carrier=ZZ");

        Assert.Contains("<option value=\"Phone\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"AliExpress\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ZZ\" selected>ZZ</option>", html, StringComparison.Ordinal);
        Assert.Contains("Filters (3 set)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_is_a_link_and_the_header_says_which_way()
    {
        var html = await GetEnglishAsync("/stats?sort=name&order=asc");

        Assert.Contains("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort-header\" href=\"stats?sort=name&amp;order=desc\">Customs point", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" aria-sort=\"none\"><a class=\"sort-header\" href=\"stats?sort=reports&amp;order=desc\">Reports", html, StringComparison.Ordinal);
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
