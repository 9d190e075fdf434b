using System.Globalization;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// The date layouts spreadsheets use. One layout is chosen per file from sample values (the first that reads them
/// all), so that 03.04.2017 is never read as 3 April in one row and 4 March in the next.
/// </summary>
public static class DateFormats
{
    /// <summary>In order of preference: ISO first, then day-first (Russian and European), then month-first (US).</summary>
    public static readonly IReadOnlyList<string> Known =
        ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "yyyy.MM.dd", "dd-MM-yyyy", "dd.MM.yy"];

    /// <summary>The first known layout that reads every non-blank sample; ISO when there is none to go by.</summary>
    public static string Detect(IEnumerable<string?> samples)
    {
        var values = samples.Select(s => s?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Cast<string>().ToList();
        return Known.FirstOrDefault(format => values.TrueForAll(v => TryParse(v, format, out _))) ?? Known[0];
    }

    /// <summary>Reads the date in <paramref name="format"/>, accepting one-digit days and months and a time part (from Excel).</summary>
    public static bool TryParse(string value, string format, out DateOnly date)
    {
        var text = value.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            text = text[..space]; // "03.04.2017 0:00:00" as Excel writes a date cell
        }

        string[] layouts = [format, format.Replace("dd", "d", StringComparison.Ordinal).Replace("MM", "M", StringComparison.Ordinal)];
        return DateOnly.TryParseExact(text, layouts, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
