using System.Globalization;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Declared values as spreadsheets write them: "150", "150.00", "150,00" (Russian decimal comma), "1 250,50"
/// (spaces, also non-breaking, between thousands), with or without a currency sign after or before.
/// </summary>
public static class DecimalFormats
{
    public static bool TryParse(string value, out decimal number)
    {
        var text = new string(value.Where(c => !char.IsWhiteSpace(c) && c is not ('$' or '€' or '₽' or '¥')).ToArray());
        var comma = text.LastIndexOf(',');
        var dot = text.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // Both: the later one is the decimal separator, the other groups thousands.
            text = comma > dot ? text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : text.Replace(",", "", StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            text = text.Replace(',', '.');
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }
}
