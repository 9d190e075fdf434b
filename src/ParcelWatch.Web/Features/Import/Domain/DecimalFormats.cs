using System.Collections.Frozen;
using System.Globalization;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Declared values as spreadsheets write them: "150", "150.00", "150,00" (Russian decimal comma), "1 250,50"
/// (spaces, also non-breaking, between thousands), with a currency sign or word before or after ("$230", "230 USD",
/// "15 000 руб.", "99 €"), which gives the currency.
/// </summary>
public static class DecimalFormats
{
    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>
    {
        ["$"] = "USD", ["usd"] = "USD", ["us$"] = "USD", ["долл"] = "USD", ["доллар"] = "USD", ["доллара"] = "USD", ["долларов"] = "USD", ["дол"] = "USD",
        ["€"] = "EUR", ["eur"] = "EUR", ["евро"] = "EUR",
        ["₽"] = "RUB", ["rub"] = "RUB", ["rur"] = "RUB", ["руб"] = "RUB", ["р"] = "RUB", ["рубль"] = "RUB", ["рубля"] = "RUB", ["рублей"] = "RUB",
        ["¥"] = "CNY", ["cny"] = "CNY", ["rmb"] = "CNY", ["юань"] = "CNY", ["юаня"] = "CNY", ["юаней"] = "CNY",
    }.ToFrozenDictionary();

    public static bool TryParse(string value, out decimal number) => TryParse(value, out number, out _);

    /// <param name="currency">The ISO code the sign or word names; null when there is none.</param>
    public static bool TryParse(string value, out decimal number, out string? currency)
    {
        number = 0;
        currency = null;
        Span<char> digits = stackalloc char[Math.Min(value.Length, 128)];
        Span<char> unit = stackalloc char[digits.Length];
        int d = 0, u = 0;
        for (var i = 0; i < value.Length && d < digits.Length && u < unit.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c) || (c == '-' && d == 0)
                || (c is ',' or '.' && d > 0 && i + 1 < value.Length && char.IsAsciiDigit(value[i + 1])))
            {
                digits[d++] = c;
            }
            else if (!char.IsWhiteSpace(c) && c != '.')
            {
                unit[u++] = char.ToLowerInvariant(c);
            }
        }

        if (u > 0 && !Currencies.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unit[..u], out currency))
        {
            return false;
        }

        return TryParseNumber(digits[..d], out number);
    }

    private static bool TryParseNumber(Span<char> text, out decimal number)
    {
        var comma = text.LastIndexOf(',');
        var dot = text.LastIndexOf('.');
        Span<char> plain = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            // Both: the later one is the decimal separator, the other groups thousands; one alone is the decimal separator.
            var isDecimal = c is ',' or '.' && (comma < 0 || dot < 0 || (c == ',' ? comma > dot : dot > comma));
            if (c is not (',' or '.'))
            {
                plain[length++] = c;
            }
            else if (isDecimal)
            {
                plain[length++] = '.';
            }
        }

        return decimal.TryParse(plain[..length], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }
}
