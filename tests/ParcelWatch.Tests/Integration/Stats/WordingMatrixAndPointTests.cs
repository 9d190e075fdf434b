using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Integration.Stats;

/// <summary>
/// The wording matrix, the point page's new sections and the value-band filter, on the exact dataset of
/// <see cref="WordingRatesDataset"/>, counted from the maintained cells (the row path too, for a free-text filter).
/// </summary>
public sealed partial class WordingMatrixAndPointTests(WordingRatesDataset dataset) : IClassFixture<WordingRatesDataset>
{
    private readonly HttpClient _client = dataset.CreateClient();

    [Fact]
    public async Task The_matrix_holds_each_class_and_its_top_wordings_per_point()
    {
        await using var scope = dataset.Services.CreateAsyncScope();
        var matrix = await scope.ServiceProvider.GetRequiredService<StatsService>().WordingMatrixAsync(new StatsFilter(Brand: "xiaomi"), 5, CancellationToken.None);

        Assert.Equal(["saint-petersburg-pulkovo", "orenburg", "vnukovo"], matrix.PointCodes); // most reports first
        Assert.Equal([WordingClass.Phone, WordingClass.Brand, WordingClass.Other], matrix.Classes.Select(c => c.WordingClass));
        var phone = matrix.Classes[0];
        Assert.Equal("300 290 10", Figures(phone.Cells["saint-petersburg-pulkovo"]));
        Assert.Equal("100 66 32", Figures(phone.Cells["orenburg"]));
        Assert.Equal("3 3 0", Figures(phone.Cells["vnukovo"]));
        Assert.False(phone.Cells["vnukovo"].HasEnoughData);
        Assert.Equal(["сотовый телефон", "phone", "smartphone"], phone.Wordings.Select(w => w.Wording));
        Assert.Equal("100 66 32", Figures(phone.Wordings[1].Cells["orenburg"])); // "Phone." and "phone" are one wording
        Assert.Equal("1 0 1", Figures(matrix.Classes[1].Cells["vnukovo"]));
        Assert.Equal(["xiaomi phone case"], matrix.Classes[1].Wordings.Select(w => w.Wording));
        Assert.Equal("5 5 0", Figures(matrix.Classes[2].Cells["orenburg"]));
        Assert.False(matrix.Classes[2].Cells.ContainsKey("vnukovo"));
    }

    [Fact]
    public async Task The_declarations_page_shows_the_matrix_as_a_table_and_as_a_list_per_point()
    {
        var html = await EnglishAsync("/stats/declarations?brand=Xiaomi");

        var table = Between(html, "data-testid=\"wording-classes\"", "</table>");
        Assert.Contains("<caption", table, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(table, "<th scope=\"col\"")); // "Declared as" and three points
        Assert.Equal(3, Regex.Count(table, "<th scope=\"row\""));
        var orenburgPhone = Cell(table, "Phone", "orenburg");
        Assert.Contains("n = 98", orenburgPhone, StringComparison.Ordinal);
        Assert.Contains("67% (58%–76%)", orenburgPhone, StringComparison.Ordinal); // 66 of 98: Wilson 57.6–75.8%
        Assert.Contains("too few reports (3 decided)", Cell(table, "Phone", "vnukovo"), StringComparison.Ordinal);
        Assert.Contains("class=\"matrix-empty\"", Between(table, "<tr data-row=\"Other\">", "</tr>"), StringComparison.Ordinal); // no "other" at Vnukovo
        Assert.Contains("<details class=\"folded-panel", Between(html, "data-testid=\"wording-matrix\"", "data-testid=\"wording-matrix-list\""), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wordings-Phone-table\"", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(Between(html, "data-testid=\"wording-matrix-list\"", "Every wording"), "<section class=\"matrix-point\""));
    }

    [Fact]
    public async Task The_point_page_shows_rate_over_time_brands_classes_and_catalogue_facts()
    {
        var html = await EnglishAsync("/stats/points/orenburg?brand=Xiaomi");

        var rates = Between(html, "data-testid=\"rate-chart-table\"", "</table>");
        Assert.Equal(2, Regex.Count(rates, "<tr>\\s*<td>")); // March and April 2017 (months by default)
        Assert.Contains("<td>40</td><td>20</td>", rates, StringComparison.Ordinal);
        Assert.Contains("<td>63</td><td>51</td>", rates, StringComparison.Ordinal); // April: 46 + 5 "gift" passed, 12 returned
        Assert.Contains("<polygon", Between(html, "data-testid=\"rate-chart\"", "</svg>"), StringComparison.Ordinal);

        var brands = Between(html, "data-testid=\"point-brands\"", "</table>");
        Assert.Contains(">Xiaomi</th>", brands, StringComparison.Ordinal);
        Assert.Contains("n = 103", brands, StringComparison.Ordinal);
        var classes = Between(html, "data-testid=\"point-classes\"", "</table>");
        Assert.Contains("n = 98", classes, StringComparison.Ordinal);
        Assert.Contains("too few reports (5 decided)", classes, StringComparison.Ordinal);

        var facts = Between(html, "data-testid=\"point-catalogue\"", "</dl>");
        Assert.Contains("Orenburg Customs", facts, StringComparison.Ordinal);
        Assert.Contains("Orenburg Oblast", facts, StringComparison.Ordinal);
        Assert.Contains("href=\"http://www.ninestore.ru/xiaomi-vozvrashchaet-tamozhnya-zapret-na-vvoz-telefonov-xiaomi-v/\"",
            Between(html, "data-testid=\"point-sources\"", "</ul>"), StringComparison.Ordinal);

        var weeks = await EnglishAsync("/stats/points/orenburg?brand=Xiaomi&period=week");
        Assert.Equal(3, Regex.Count(Between(weeks, "data-testid=\"rate-chart-table\"", "</table>"), "<tr>\\s*<td>")); // the weeks of 6 and 20 March and of 3 April
    }

    [Theory]
    [InlineData("en", "Russian news articles of spring 2017 on customs sending Xiaomi phones back")]
    [InlineData("ru", "Статьи российских СМИ весны 2017 года о том, как таможня возвращала телефоны Xiaomi")]
    public async Task The_point_pages_sources_name_the_seed_articles_and_the_sites_not_file_names(string language, string seedArticles)
    {
        var sources = Between(await GetAsync("/stats/points/orenburg", language), "data-testid=\"point-sources\"", "</ul>");

        Assert.Contains(seedArticles, sources, StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", sources, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"http://www.ninestore.ru/xiaomi-vozvrashchaet-tamozhnya-zapret-na-vvoz-telefonov-xiaomi-v/\" rel=\"nofollow noopener noreferrer\">ninestore.ru</a>",
            sources, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("valueBand=Under20", "orenburg", 40, 20)]
    [InlineData("valueBand=from20to50", "orenburg", 65, 51)]
    [InlineData("valueBand=From100To200", "saint-petersburg-pulkovo", 300, 290)]
    [InlineData("valueBand=Under20&declaration=phone", "orenburg", 40, 20)] // counted from the rows: the same band rule
    [InlineData("valueBand=From20To50&declaration=Phone", "orenburg", 60, 46)]
    public async Task The_value_band_filter_counts_the_reports_of_its_band(string query, string code, int reports, int passed)
    {
        var points = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/stats/points?brand=Xiaomi&{query}");

        var withReports = points.EnumerateArray().Where(p => p.GetProperty("reports").GetInt32() > 0).ToList();
        var point = Assert.Single(withReports);
        Assert.Equal(code, point.GetProperty("code").GetString());
        Assert.Equal(reports, point.GetProperty("reports").GetInt32());
        Assert.Equal(passed, point.GetProperty("passed").GetInt32());
    }

    [Fact]
    public async Task The_statistics_page_narrows_to_the_chosen_value_band_keeps_it_chosen_and_passes_it_on_to_the_point()
    {
        var xiaomi = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points?brand=Xiaomi");
        var all = await EnglishAsync("/stats?brand=Xiaomi");
        var band = await EnglishAsync("/stats?brand=Xiaomi&valueBand=from20to50");

        Assert.Contains($"{xiaomi.EnumerateArray().Sum(p => p.GetProperty("reports").GetInt32())} reports match.", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"From20To50\">$20 to $50</option>", all, StringComparison.Ordinal);
        Assert.Contains("65 reports match.", band, StringComparison.Ordinal); // Orenburg alone: 65 reports, 51 passed
        Assert.Contains("<option value=\"From20To50\" selected>$20 to $50</option>", Between(band, "name=\"valueBand\"", "</select>"), StringComparison.Ordinal);
        Assert.Contains("Filters (2 set)", band, StringComparison.Ordinal);
        Assert.Contains("href=\"stats/points/orenburg?brand=Xiaomi&valueBand=From20To50\"", band, StringComparison.Ordinal);

        var point = Between(await EnglishAsync("/stats/points/orenburg?brand=Xiaomi&valueBand=From20To50"), "data-testid=\"point-facts\"", "</dl>");
        Assert.Contains("<dt>Reports</dt><dd>65</dd>", point, StringComparison.Ordinal);
        Assert.Contains("<dt>Passed</dt><dd>51</dd>", point, StringComparison.Ordinal);

        // The wording matrix narrows the same way: Orenburg alone, where 46 of the band's 58 decided phones passed.
        var matrix = Between(await EnglishAsync("/stats/declarations?brand=Xiaomi&valueBand=From20To50"), "data-testid=\"wording-classes\"", "</table>");
        Assert.Equal(2, Regex.Count(matrix, "<th scope=\"col\""));
        Assert.Contains("79% (67%–88%)", Cell(matrix, "Phone", "orenburg"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_value_band_filters_the_wording_classes_and_the_rate_timeline_too()
    {
        var classes = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/wording-classes?valueBand=From20To50");
        Assert.Equal(["orenburg Phone 60", "orenburg Other 5"],
            classes.EnumerateArray().Select(r => $"{r.GetProperty("pointCode").GetString()} {r.GetProperty("wordingClass").GetString()} {r.GetProperty("reports").GetInt32()}"));

        var months = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points/orenburg/rate-timeline?valueBand=Under20");
        Assert.Equal(["2017-03-01 40"], months.EnumerateArray().Select(m => $"{m.GetProperty("periodStart").GetString()} {m.GetProperty("decided").GetInt32()}"));
    }

    [Theory]
    [InlineData("/api/v1/stats/points?valueBand=cheap")]
    [InlineData("/api/v1/stats/wording-classes?valueBand=300")]
    public async Task An_unknown_value_band_is_a_field_level_problem(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("From20To50", problem.GetProperty("errors").GetProperty("valueBand")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_sentence_names_the_brand_category_and_class_in_both_languages()
    {
        const string query = "/check?category=Phone&brand=Xiaomi&wordingClass=Phone";
        var english = await EnglishAsync(query);
        Assert.Contains("At Orenburg international mail exchange (MMPO), 32 of 98 decided reports of Xiaomi phones declared as a phone were returned or seized (33%, 95% interval 24%–42%).",
            english, StringComparison.Ordinal);
        Assert.Contains("only 3 decided reports of Xiaomi phones declared as a phone: too few to tell.", english, StringComparison.Ordinal);

        var russian = await GetAsync(query, "ru");
        Assert.Contains("возвращено или изъято 32 из 98 решённых отчётов о телефонах Xiaomi, заявленных как телефон (", russian, StringComparison.Ordinal);
        Assert.Contains("слишком мало, чтобы судить", russian, StringComparison.Ordinal);

        var banded = await EnglishAsync(query + "&valueBand=Under20");
        Assert.Contains("20 of 40 decided reports of Xiaomi phones declared as a phone, valued under $20 were returned or seized", banded, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Under20\" selected", banded, StringComparison.Ordinal); // the choice is kept in the form
    }

    private static string Figures(OutcomeTally tally) => $"{tally.Reports} {tally.Passed} {tally.Returned + tally.Seized}";

    private static string Cell(string table, string row, string point)
    {
        var cells = Between(table, $"<tr data-row=\"{row}\">", "</tr>");
        return Regex.Match(cells, $"<td data-point=\"{point}\"[^>]*>(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start}");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to < 0 ? html.Length : to)];
    }

    private Task<string> EnglishAsync(string path) => GetAsync(path, "en");

    private async Task<string> GetAsync(string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
