using System.Net;
using AngleSharp.Html.Parser;

namespace ParcelWatch.Tests.Integration.OpenData;

/// <summary>What the pages offer to readers outside the site: the feed link, the forum snippets and the licence.</summary>
public sealed class SharingLinksTests(OpenDataDataset data) : IClassFixture<OpenDataDataset>
{
    private readonly HttpClient _client = data.CreateClient();

    [Fact]
    public async Task The_point_page_announces_its_filtered_feed_and_the_feed_answers()
    {
        var page = await GetEnglishAsync("/stats/points/sheremetyevo?brand=Xiaomi");

        var link = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.NotNull(link);
        Assert.Equal("feeds/points/sheremetyevo.atom?brand=Xiaomi", link.GetAttribute("href"));
        var feed = await _client.GetAsync("/" + link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_forum_snippets_link_the_badge_back_to_the_filtered_page()
    {
        var page = await GetEnglishAsync("/stats/points/sheremetyevo?brand=Xiaomi&category=Phone");
        const string Page = "http://localhost/stats/points/sheremetyevo?brand=Xiaomi&category=Phone";
        const string Badge = "http://localhost/badges/points/sheremetyevo.svg?brand=Xiaomi&category=Phone&lang=en";

        Assert.Equal($"[url={Page}][img]{Badge}[/img][/url]", page.QuerySelector("#snippet-bbcode")?.TextContent);
        Assert.Equal($"[![ParcelWatch: pass rate at Moscow Sheremetyevo MMPO]({Badge})]({Page})", page.QuerySelector("#snippet-markdown")?.TextContent);
        var html = new HtmlParser().ParseDocument(page.QuerySelector("#snippet-html")!.TextContent);
        Assert.Equal(Page, html.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal(Badge, html.QuerySelector("a > img")?.GetAttribute("src"));
        var snippets = page.QuerySelectorAll("textarea.forum-snippet");
        Assert.Equal(["snippet-bbcode", "snippet-markdown", "snippet-html"], snippets.Select(t => t.Id));
        Assert.All(snippets, t => Assert.True(t.HasAttribute("readonly")));
        Assert.All(snippets, t => Assert.NotNull(page.QuerySelector($"label[for='{t.Id}']")));

        var badge = await _client.GetAsync(Badge);
        Assert.Equal("image/svg+xml", badge.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_statistics_page_shows_the_licence_beside_the_downloads()
    {
        var page = await GetEnglishAsync("/stats");

        var licence = page.QuerySelector("[data-testid=open-data-licence]")!;
        Assert.Contains("Open Data Commons Open Database License", licence.TextContent, StringComparison.Ordinal);
        Assert.Contains(licence.QuerySelectorAll("a"), a => a.GetAttribute("href") == "api/v1/export/datapackage.json");
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetEnglishAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
