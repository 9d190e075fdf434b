using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace ParcelWatch.Tests.Integration.OpenData;

/// <summary>The Atom feeds: valid RFC 4287 in both languages, one entry per shipping week with its figures, and 304s.</summary>
public sealed class AtomFeedTests(OpenDataDataset data) : IClassFixture<OpenDataDataset>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = data.CreateClient();

    // Percentages as the statistics pages write them (StatsText.Percent): in Russian a no-break space before the sign.
    [Theory]
    [InlineData("en", "Week of 10 April 2017: 83% passed (n = 6)", "Pass rate 83% (95% interval 44%–97%).", "Change from the week before: +33 percentage points.")]
    [InlineData("ru", "Неделя с 10 апреля 2017: выпуск 83\u00a0% (n = 6)", "Доля выпуска 83\u00a0% (95% интервал 44\u00a0%–97\u00a0%).", "Изменение к прошлой неделе: +33 п. п.")]
    public async Task Point_feed_is_atom_with_one_entry_per_week_in_the_asked_language(string lang, string newestTitle, string passRate, string change)
    {
        var response = await _client.GetAsync($"/feeds/points/sheremetyevo.atom?brand=Xiaomi&category=Phone&lang={lang}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(lang, feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        Assert.Contains(feed.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self");

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
        {
            Assert.StartsWith("http://localhost/stats/points/sheremetyevo?brand=Xiaomi&category=Phone#week-2017-04-", entry.Element(Atom + "id")?.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out var updated) && updated.Year >= 2026);
            Assert.Equal("http://localhost/stats/points/sheremetyevo?brand=Xiaomi&category=Phone", entry.Element(Atom + "link")?.Attribute("href")?.Value);
        }

        Assert.Equal(newestTitle, entries[0].Element(Atom + "title")?.Value);
        var content = entries[0].Element(Atom + "content")?.Value;
        Assert.Contains(passRate, content, StringComparison.Ordinal);
        Assert.Contains(change, content?.Replace('\u00a0', ' '), StringComparison.Ordinal);

        // A feed reader's parser reads it back too.
        using var reader = XmlReader.Create(new StringReader(xml));
        Assert.Equal(2, SyndicationFeed.Load(reader).Items.Count());
    }

    [Fact]
    public async Task A_feed_is_answered_with_304_until_a_report_changes_it()
    {
        var first = await _client.GetAsync("/feeds/all.atom?lang=en");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.True(first.Headers.CacheControl!.Public);

        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(r => r.Headers.IfNoneMatch.Add(etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(r => r.Headers.IfModifiedSince = lastModified)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1))).StatusCode);

        await data.LogAsync("orenburg", "Xiaomi", "2017-05-02", passed: true);
        var changed = await SendAsync(r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("2017-05-01", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_point_is_404_and_a_wrong_language_or_filter_400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/feeds/points/nowhere.atom")).StatusCode);
        var wrongLanguage = await _client.GetAsync("/feeds/all.atom?lang=de");
        Assert.Equal(HttpStatusCode.BadRequest, wrongLanguage.StatusCode);
        Assert.Equal("application/problem+json", wrongLanguage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lang", await wrongLanguage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/feeds/points/sheremetyevo.atom?category=Boat")).StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(Action<HttpRequestMessage> condition)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom?lang=en");
        condition(request);
        return _client.SendAsync(request);
    }
}
