using System.Net;
using System.Text.RegularExpressions;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration.Stats;

/// <summary>
/// The list of every wording on /stats/declarations shows its first 50 rows in the chosen order and links to the rest,
/// so that a phone does not lay out 200 rows before it can paint (issue 18).
/// </summary>
public sealed class DeclarationsListTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>, IAsyncLifetime
{
    private const int Wordings = 53;

    public async Task InitializeAsync()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        for (var i = 0; i < Wordings; i++)
        {
            // Letters, not digits: a wording ignores the numbers in a declaration (its declared value).
            var wording = $"gadget {(char)('a' + (i / 26))}{(char)('a' + (i % 26))}";
            await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { DeclarationText = wording });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_first_fifty_wordings_are_listed_with_a_link_to_all_of_them()
    {
        var html = await GetAsync("/stats/declarations?sort=wording&order=asc");

        Assert.Equal(50, Rows(html).Count);
        Assert.Equal("gadget aa", Rows(html)[0]);
        Assert.Equal("gadget bx", Rows(html)[49]); // the first 50 in the chosen order
        var more = Regex.Match(html, "data-testid=\"declarations-more\"[^>]*>\\s*The first 50 of 53 wordings.\\s*<a href=\"([^\"]+)\"[^>]*>Show all 53</a>");
        Assert.True(more.Success, "no link to the rest of the list");

        var all = await GetAsync("/" + WebUtility.HtmlDecode(more.Groups[1].Value).Split('#')[0]);
        Assert.Equal(Wordings, Rows(all).Count);
        Assert.Equal("gadget ca", Rows(all)[^1]); // still sorted by wording
        Assert.DoesNotContain("data-testid=\"declarations-more\"", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Russian_readers_get_the_note_in_russian()
    {
        var html = await GetAsync("/stats/declarations", "ru");
        Assert.Contains("Первые 50 из 53 формулировок.", html, StringComparison.Ordinal);
        Assert.Contains(">Показать все 53</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all=true", Wordings)]
    [InlineData("all=True", Wordings)]
    [InlineData("all=false", 50)]
    [InlineData("all=", 50)]
    [InlineData("all=yes", 50)] // malformed: the first rows, as without it, and no error page
    public async Task Only_a_true_all_shows_every_wording(string query, int rows)
    {
        var html = await GetAsync("/stats/declarations?" + query); // asserts 200

        Assert.Equal(rows, Rows(html).Count);
        Assert.Equal(rows < Wordings, html.Contains("data-testid=\"declarations-more\"", StringComparison.Ordinal));
    }

    private static List<string> Rows(string html)
    {
        var table = html[html.IndexOf("data-testid=\"declarations\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return Regex.Matches(table, "<th scope=\"row\" class=\"wording\">([^<]*)</th>").Select(m => m.Groups[1].Value).ToList();
    }

    private async Task<string> GetAsync(string path, string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
