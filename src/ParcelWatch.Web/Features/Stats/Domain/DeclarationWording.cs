using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParcelWatch.Web.Features.Stats.Domain;

/// <summary>
/// Groups declaration texts that say the same thing: "ANDROID PHONE. VALUE $18" and "android phone" are one
/// wording. Lower-cases, drops the declared value (words such as value/price/usd with their numbers, currency
/// signs, bare numbers), turns punctuation into spaces and collapses whitespace.
/// </summary>
public static partial class DeclarationWording
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lower = WellFormed(text).Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var withoutValue = ValuePhrase().Replace(lower, " ");
        var lettersOnly = NotALetter().Replace(withoutValue, " ");
        return Spaces().Replace(lettersOnly, " ").Trim();
    }

    /// <summary>
    /// The text with any lone surrogate (half an emoji, cut by some client) replaced by U+FFFD: Unicode normalization
    /// throws on one. Found by DomainPropertyTests.
    /// </summary>
    private static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)); // the encoder replaces lone halves
            }
        }

        return text;
    }

    // "value $18", "price: 18.50 usd", "usd18", "$ 18", "18$", "18 руб", and any other number.
    [GeneratedRegex(@"\b(?:declared\s+)?(?:value|price|cost|стоимость|цена)\b\s*[:=]?\s*|(?:usd|eur|cny|rub|руб\.?|€|\$|¥)\s*\d*[.,]?\d*|\d+(?:[.,]\d+)?\s*(?:usd|eur|cny|rub|руб|€|\$|¥)?", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePhrase();

    [GeneratedRegex(@"[^\p{L}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotALetter();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
