using System.Text;
using F23.StringSimilarity;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Customs points as people write them: each point's code and the names it goes by (its catalogue names, cities and
/// aliases: "Внуково", "Sheremetevo", "Екатеринбург (Кольцово)"). Matching ignores case, ё/е, brackets, punctuation,
/// spaces and the drop words (ММПО, АОПП, MMPO); a name that fits two points
/// ("Москва") fits neither. <see cref="Find"/> is exact and remembers each text it has seen (a sheet repeats a few
/// names thousands of times); <see cref="Suggest"/>, by edit distance, is for the preview only and never applied.
/// One instance per import: it is not thread-safe.
/// </summary>
public sealed class PointNames
{
    private const int RememberedTexts = 4096;
    private static readonly Damerau EditDistance = new();

    private readonly Dictionary<string, string> _codes;
    private readonly Dictionary<string, string?> _seen = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _dropWords;

    private PointNames(Dictionary<string, string> codes, IReadOnlySet<string> dropWords) => (_codes, _dropWords) = (codes, dropWords);

    /// <summary>The points given (code and the names they go by); <paramref name="dropWords"/> (lower case) name no point.</summary>
    public static PointNames For(IEnumerable<(string Code, IReadOnlyList<string> Names)> points, IReadOnlySet<string> dropWords)
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (code, names) in points)
        {
            foreach (var name in names.Append(code))
            {
                var key = Key(name, dropWords);
                if (key.Length > 0)
                {
                    (keys.TryGetValue(key, out var codes) ? codes : keys[key] = []).Add(code);
                }
            }
        }

        return new PointNames(keys.Where(k => k.Value.Count == 1).ToDictionary(k => k.Key, k => k.Value.Single(), StringComparer.Ordinal), dropWords);
    }

    /// <summary>The point's code, or null when the text names no point (or several).</summary>
    public string? Find(string text)
    {
        if (_seen.TryGetValue(text, out var code))
        {
            return code;
        }

        code = _codes.GetValueOrDefault(Key(text, _dropWords));
        if (_seen.Count < RememberedTexts)
        {
            _seen[text] = code;
        }

        return code;
    }

    /// <summary>The one point whose name is a few typing slips away from the text (about one slip in four letters, two at most), or null.</summary>
    public string? Suggest(string text)
    {
        var key = Key(text, _dropWords);
        var allowed = Math.Min(2, Math.Max(1, key.Length / 4));
        var near = _codes.Select(c => (Code: c.Value, Distance: EditDistance.Distance(key, c.Key)))
            .Where(c => c.Distance <= allowed).ToList();
        var best = near.Count == 0 ? 0 : near.Min(c => c.Distance);
        var codes = near.Where(c => c.Distance == best).Select(c => c.Code).Distinct().ToList();
        return key.Length >= 3 && codes.Count == 1 ? codes[0] : null;
    }

    /// <summary>Lower case, ё as е, letters and digits only, without the words that only say "mail exchange".</summary>
    private static string Key(string text, IReadOnlySet<string> dropWords)
    {
        var key = new StringBuilder(text.Length);
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c) is 'ё' ? 'е' : char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0 && !dropWords.Contains(word.ToString()))
            {
                key.Append(word);
            }

            word.Clear();
        }

        return key.ToString();
    }
}
