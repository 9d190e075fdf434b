using System.Text.Json.Serialization;
using ParcelWatch.Web.Infrastructure.ReferenceData;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>The S10 service-indicator meanings of the embedded <c>s10-service-indicators.json</c>.</summary>
public static class ServiceIndicatorCatalog
{
    private sealed record LetterEntry(
        [property: JsonPropertyName("letter")] string Letter,
        [property: JsonPropertyName("meaning_en")] string MeaningEn,
        [property: JsonPropertyName("meaning_ru")] string MeaningRu);

    private sealed record RangeEntry(
        [property: JsonPropertyName("range")] string Range,
        [property: JsonPropertyName("condition")] string Condition);

    private sealed record CatalogFile(
        [property: JsonPropertyName("first_letter")] IReadOnlyList<LetterEntry> FirstLetter,
        [property: JsonPropertyName("ranges")] IReadOnlyList<RangeEntry>? Ranges);

    private sealed record Range(char Letter, char FromSecond, char ToSecond, string Text, string ConditionEn)
    {
        public bool Contains(string code) => code[0] == Letter && code[1] >= FromSecond && code[1] <= ToSecond;
    }

    private sealed record Catalog(Dictionary<char, LetterEntry> Letters, IReadOnlyList<Range> Ranges);

    // The file gives range conditions in English only; these are the Russian wordings of the ones it uses.
    private static readonly Dictionary<string, string> ConditionsRu = new(StringComparer.Ordinal)
    {
        ["requires bilateral agreement"] = "требуется двустороннее соглашение",
        ["requires multilateral agreement"] = "требуется многостороннее соглашение",
    };

    private static readonly Lazy<Catalog> Data = new(Load);

    /// <summary>
    /// The meaning of a service indicator (two ASCII capital letters): the meaning of its first letter, plus the
    /// condition of any range that covers both letters (e.g. "EX-EZ: requires bilateral agreement").
    /// Reserved and unassigned letters are described as such; null when the input is not two ASCII capital letters.
    /// </summary>
    public static ServiceIndicator? Describe(string twoLetters)
    {
        ArgumentNullException.ThrowIfNull(twoLetters);
        if (twoLetters.Length != 2 || !char.IsAsciiLetterUpper(twoLetters[0]) || !char.IsAsciiLetterUpper(twoLetters[1])
            || !Data.Value.Letters.TryGetValue(twoLetters[0], out var letter))
        {
            return null;
        }

        var meaningEn = letter.MeaningEn;
        var meaningRu = letter.MeaningRu;
        foreach (var range in Data.Value.Ranges.Where(r => r.Contains(twoLetters)))
        {
            meaningEn += $"; {range.Text}: {range.ConditionEn}";
            meaningRu += $"; {range.Text}: {ConditionsRu.GetValueOrDefault(range.ConditionEn, range.ConditionEn)}";
        }

        return new ServiceIndicator(twoLetters, meaningEn, meaningRu);
    }

    private static Catalog Load()
    {
        using var stream = EmbeddedReferenceData.Open("s10-service-indicators.json");
        var file = JsonSerializer.Deserialize<CatalogFile>(stream)
            ?? throw new InvalidOperationException("s10-service-indicators.json is empty.");
        var letters = (file.FirstLetter ?? throw new InvalidOperationException("s10-service-indicators.json has no 'first_letter'."))
            .ToDictionary(e => e.Letter.Single());
        var ranges = (file.Ranges ?? []).Select(ParseRange).ToList();
        return new Catalog(letters, ranges);
    }

    // "CZ" or "EX-EZ" (same first letter at both ends).
    private static Range ParseRange(RangeEntry entry)
    {
        var text = entry.Range;
        var (from, to) = text.Length switch
        {
            2 => (text, text),
            5 when text[2] == '-' && text[0] == text[3] => (text[..2], text[3..]),
            _ => throw new InvalidOperationException($"s10-service-indicators.json has an unreadable range '{text}'."),
        };
        return new Range(from[0], from[1], to[1], text, entry.Condition);
    }
}
