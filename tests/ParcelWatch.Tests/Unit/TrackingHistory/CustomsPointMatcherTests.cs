using ParcelWatch.Web.Features.TrackingHistory.Domain;

namespace ParcelWatch.Tests.Unit.TrackingHistory;

public sealed class CustomsPointMatcherTests
{
    [Theory]
    [InlineData("ММПО Внуково", "vnukovo")]
    [InlineData("Yekaterinburg-Koltsovo MMPO", "yekaterinburg-koltsovo")]
    [InlineData("КОЛЬЦОВО", "yekaterinburg-koltsovo")]
    [InlineData("Ekaterinburg MMPO 620960", "yekaterinburg-koltsovo")]
    [InlineData("Новосибирск, Толмачево", "novosibirsk-tolmachevo")]
    [InlineData("orenburg mmpo", "orenburg")]
    [InlineData("Санкт-Петербург АОПП Пулково", "saint-petersburg-pulkovo")]
    [InlineData("Sheremetevo", "sheremetyevo")]
    [InlineData("Химки, сортировочный центр", "sheremetyevo")] // an alias from customs-point-aliases.json, shared with the import
    [InlineData("Novosibirsk Tolmachyovo", "novosibirsk-tolmachevo")]
    public void Finds_the_point_a_place_names(string place, string code) =>
        Assert.Equal(code, Matcher.Match(HistoryText.Words(place)));

    [Theory]
    [InlineData("Москва")]
    [InlineData("ММПО")]
    [InlineData("Внуково Шереметьево")]
    [InlineData("Shenzhen 518000")]
    public void Names_no_point_when_the_place_is_shared_unknown_or_ambiguous(string place) =>
        Assert.Null(Matcher.Match(HistoryText.Words(place)));

    private static CustomsPointMatcher Matcher => TrackingHistoryParserTests.CatalogueMatcher;
}
