using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// What a phone on mobile data downloads, and the status codes monitors and crawlers see, over real HTTP (Kestrel):
/// the stylesheets the pages link come compressed, pages are compressed for anonymous readers, Russian is not
/// entity-encoded, HEAD answers wherever GET does, unknown points and reports are 404 with the friendly page.
/// </summary>
public sealed partial class PageWeightTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>, IDisposable
{
    // No automatic decompression: the test sees the bytes on the wire.
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
    {
        BaseAddress = factory.Address,
    };

    public void Dispose() => _client.Dispose();

    // A static page links the cut of MudBlazor's stylesheet (ReadingStylesheetTests); an interactive one the whole sheet too.
    [Theory]
    [InlineData("br", "/stats", "css/mudblazor-reading.")]
    [InlineData("gzip", "/stats", "css/mudblazor-reading.")]
    [InlineData("br", "/parcels/new", "_content/MudBlazor/MudBlazor.min.")]
    [InlineData("gzip", "/parcels/new", "_content/MudBlazor/MudBlazor.min.")]
    public async Task Every_stylesheet_and_script_the_pages_link_is_compressed(string encoding, string path, string stylesheet)
    {
        if (path.StartsWith("/parcels/", StringComparison.Ordinal))
        {
            await AuthApi.SignInWithCookiesAsync(_client);
        }

        var html = await (await SendAsync(HttpMethod.Get, path, "en")).Content.ReadAsStringAsync();
        var assets = LinkedAsset().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains(assets, url => url.StartsWith(stylesheet, StringComparison.Ordinal) && url.EndsWith(".css", StringComparison.Ordinal));

        foreach (var url in assets)
        {
            var plain = await SendAsync(HttpMethod.Get, "/" + url, "en");
            var compressed = await SendAsync(HttpMethod.Get, "/" + url, "en", encoding);

            Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
            Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;
            var compressedLength = (await compressed.Content.ReadAsByteArrayAsync()).Length;
            Assert.True(compressedLength < plainLength / 2, $"{url}: {compressedLength} bytes {encoding} for {plainLength} plain");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stats")]
    [InlineData("/stats/points/orenburg")]
    [InlineData("/refund-guide")]
    public async Task Pages_are_compressed_for_anonymous_readers(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path, "ru", "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Russian_text_is_sent_as_utf8_not_as_character_references()
    {
        var html = await (await SendAsync(HttpMethod.Get, "/stats", "ru")).Content.ReadAsStringAsync();

        Assert.Contains("Статистика", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("&#x4[0-4][0-9A-F];", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stats")]
    [InlineData("/stats/points/orenburg")]
    [InlineData("/stats/declarations")]
    [InlineData("/refund-guide")]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/customs-points")]
    [InlineData("/api/v1/stats/points")]
    [InlineData("/health/live")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        var get = await SendAsync(HttpMethod.Get, path, "en");
        var head = await SendAsync(HttpMethod.Head, path, "en");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/stats/points/atlantis")]
    [InlineData("/parcels/999999")]
    [InlineData("/no-such-page")]
    public async Task Unknown_points_reports_and_pages_are_404_with_the_friendly_page(string path)
    {
        var get = await SendAsync(HttpMethod.Get, path, "en");
        var head = await SendAsync(HttpMethod.Head, path, "en");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal("text/html", get.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string language, string? acceptEncoding = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (acceptEncoding is not null)
        {
            foreach (var coding in acceptEncoding.Split(", "))
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
            }
        }

        return _client.SendAsync(request);
    }

    [GeneratedRegex(""" (?:href|src)="(?<url>[^"]+\.(?:css|js))" """)]
    private static partial Regex LinkedAsset();
}

/// <summary>The app on Kestrel, started once for a test class.</summary>
public sealed class KestrelAppFactory : ParcelWatchFactory
{
    private readonly Lazy<Uri> _address;

    public KestrelAppFactory() => _address = new(StartOnKestrel);

    public Uri Address => _address.Value;
}
