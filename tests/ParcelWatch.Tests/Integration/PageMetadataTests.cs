using System.Net;
using System.Text.RegularExpressions;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>What a search engine or a link preview reads: the language, a description and the Open Graph card.</summary>
public sealed class PageMetadataTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Theory]
    [InlineData("/", "en")]
    [InlineData("/stats", "ru")]
    [InlineData("/stats/declarations", "en")]
    [InlineData("/refund-guide", "ru")]
    [InlineData("/stats/points/orenburg", "en")]
    public async Task Every_reading_page_has_its_language_description_and_card(string path, string language)
    {
        var html = await GetAsync(path, language);

        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        var description = Meta(html, "name", "description");
        Assert.True(description.Length > 40, description);
        Assert.Equal(description, Meta(html, "property", "og:description"));
        Assert.Equal(description, Meta(html, "name", "twitter:description"));
        Assert.EndsWith("ParcelWatch", Meta(html, "property", "og:title"), StringComparison.Ordinal);
        Assert.Equal("summary", Meta(html, "name", "twitter:card"));
        Assert.EndsWith(path, new Uri(Meta(html, "property", "og:url")).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_points_description_gives_its_pass_rate_or_says_there_are_too_few_reports()
    {
        var english = Meta(await GetAsync("/stats/points/orenburg", "en"), "name", "description");
        var russian = Meta(await GetAsync("/stats/points/orenburg", "ru"), "name", "description");

        // The test database has no reports: the description says so, in the reader's language.
        Assert.StartsWith("Orenburg", english, StringComparison.Ordinal);
        Assert.Contains("too few decided ones (0)", english, StringComparison.Ordinal);
        Assert.Contains("слишком мало (0)", russian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "filters by brand, category, carrier, shop and declared value,")]
    [InlineData("ru", "фильтры по бренду, категории, перевозчику, магазину и объявленной стоимости,")]
    public async Task The_statistics_description_names_every_filter(string language, string filters)
    {
        Assert.Contains(filters, Meta(await GetAsync("/stats", language), "name", "description"), StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Meta(string html, string attribute, string name)
    {
        var match = Regex.Match(html, $"""<meta {attribute}="{Regex.Escape(name)}" content="(?<value>[^"]*)" """.TrimEnd());
        Assert.True(match.Success, $"no <meta {attribute}=\"{name}\">");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }
}
