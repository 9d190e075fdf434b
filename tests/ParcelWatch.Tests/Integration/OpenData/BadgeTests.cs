using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace ParcelWatch.Tests.Integration.OpenData;

/// <summary>The SVG badges: the API's figures, cacheable, no script, and whatever a brand holds is only text.</summary>
public sealed class BadgeTests(OpenDataDataset data) : IClassFixture<OpenDataDataset>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly HttpClient _client = data.CreateClient();

    [Theory]
    [InlineData("en", "Moscow (Khimki) · Xiaomi: passed {0}% (n={1})")]
    [InlineData("ru", "Москва (Химки) · Xiaomi: выпуск {0}% (n={1})")]
    public async Task A_badge_shows_the_figures_of_the_api(string lang, string expected)
    {
        var stats = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points?brand=Xiaomi");
        var point = stats.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "sheremetyevo");
        var decided = point.GetProperty("passed").GetInt32() + point.GetProperty("returned").GetInt32() + point.GetProperty("seized").GetInt32();
        var percent = Math.Round(point.GetProperty("passRate").GetDouble() * 100).ToString(CultureInfo.InvariantCulture);

        var response = await _client.GetAsync($"/badges/points/sheremetyevo.svg?brand=Xiaomi&lang={lang}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.ETag);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.Equal((12, "67"), (decided, percent));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, expected, percent, decided), svg.Element(Svg + "title")?.Value);
        Assert.Contains(svg.Descendants(Svg + "rect"), r => r.Attribute("fill")?.Value == "#d9480f"); // 50–80%: the returned orange
        AssertNoScript(svg);
    }

    [Fact]
    public async Task A_hostile_brand_is_only_text()
    {
        const string Hostile = "\"><script>alert(1)</script><svg onload=alert(2)>&amp;";
        var response = await _client.GetAsync($"/badges/points/sheremetyevo.svg?lang=en&brand={Uri.EscapeDataString(Hostile)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        var svg = XDocument.Parse(text).Root!;
        AssertNoScript(svg);
        Assert.Equal($"Moscow (Khimki) · {Hostile}: too few reports (n=0)", svg.Element(Svg + "title")?.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == $"Moscow (Khimki) · {Hostile}");
    }

    [Fact]
    public async Task A_repeated_request_is_304_and_an_unknown_point_404()
    {
        var first = await _client.GetAsync("/badges/points/sheremetyevo.svg?lang=en");
        var again = new HttpRequestMessage(HttpMethod.Get, "/badges/points/sheremetyevo.svg?lang=en");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/badges/points/nowhere.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"/badges/points/sheremetyevo.svg?brand={new string('x', 200)}")).StatusCode);
    }

    private static void AssertNoScript(XElement svg)
    {
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase)
            || e.Name.LocalName is "a" or "foreignObject");
        Assert.DoesNotContain(svg.DescendantsAndSelf().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
