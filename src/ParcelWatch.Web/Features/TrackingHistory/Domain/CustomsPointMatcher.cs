namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>A customs point and the names it goes by (its catalogue names and cities, and its aliases).</summary>
public sealed record CustomsPointNames(string Code, IReadOnlyList<string> Names);

/// <summary>
/// Finds the customs point a history's place names («ММПО Внуково», "Yekaterinburg-Koltsovo MMPO", "КОЛЬЦОВО").
/// Every word of the catalogue's names that belongs to one point only is that point's keyword (Внуково, Koltsovo,
/// Оренбург); words several points share (Москва, airport) and generic ones (ММПО, mail) decide nothing. A place
/// names the point with the most keywords in it, and none when two points tie: ambiguity is never guessed.
/// </summary>
public sealed class CustomsPointMatcher
{
    private static readonly HashSet<string> Generic =
    [
        "ммпо", "mmpo", "аопп", "aopp", "международного", "international", "mail", "exchange", "department", "customs",
        "таможня", "аэропорт", "airport", "логистический", "центр", "logistics", "centre", "center", "почты", "россии",
        "russian", "post", "шоссе", "highway",
    ];

    private readonly Dictionary<string, string> _keywords;

    public CustomsPointMatcher(IEnumerable<CustomsPointNames> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        _keywords = points
            .SelectMany(point => point.Names.SelectMany(HistoryText.Words).Distinct().Select(word => (Word: word, point.Code)))
            .Where(k => k.Word.Length >= 4 && !Generic.Contains(k.Word) && !k.Word.All(char.IsAsciiDigit))
            .GroupBy(k => k.Word)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Code);
    }

    /// <summary>The code of the point the words name, or null when they name none or several equally.</summary>
    public string? Match(IEnumerable<string> words)
    {
        var ranked = words.Distinct()
            .Select(word => _keywords.GetValueOrDefault(word))
            .OfType<string>()
            .GroupBy(code => code)
            .Select(g => (Code: g.Key, Hits: g.Count()))
            .OrderByDescending(p => p.Hits)
            .Take(2)
            .ToList();
        return ranked switch
        {
            [] => null,
            [var only] => only.Code,
            [var first, var second] when first.Hits > second.Hits => first.Code,
            _ => null,
        };
    }
}
