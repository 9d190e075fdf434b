using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParcelWatch.Web.Infrastructure.ReferenceData;

/// <summary>
/// The names people write for the customs points, beyond the catalogue's own (the embedded, app-owned
/// <c>customs-point-aliases.json</c>: cities, airports, transliterations, misspellings), and the words that only say
/// "mail exchange" (ММПО, MMPO, таможня). One source for every reader of point names: sheet cells on import and the
/// places of a pasted tracking history.
/// </summary>
public static class CustomsPointAliases
{
    private sealed record AliasFile(
        [property: JsonPropertyName("drop_words")] IReadOnlyList<string> DropWords,
        [property: JsonPropertyName("points")] IReadOnlyDictionary<string, IReadOnlyList<string>> Points);

    private static readonly Lazy<AliasFile> File = new(() =>
    {
        using var stream = EmbeddedReferenceData.Open("customs-point-aliases.json");
        return JsonSerializer.Deserialize<AliasFile>(stream) ?? throw new InvalidOperationException("customs-point-aliases.json is empty.");
    });

    /// <summary>Words that name no point by themselves, lower case.</summary>
    public static IReadOnlySet<string> DropWords { get; } = new HashSet<string>(File.Value.DropWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>Each point's code, with its catalogue names and cities in both languages and then its aliases.</summary>
    public static IEnumerable<(string Code, IReadOnlyList<string> Names)> NamesOf(
        IEnumerable<(string Code, string NameRu, string NameEn, string CityRu, string CityEn)> points) =>
        points.Select(p => (p.Code, (IReadOnlyList<string>)[p.NameRu, p.NameEn, p.CityRu, p.CityEn, .. File.Value.Points.GetValueOrDefault(p.Code) ?? []]));
}
