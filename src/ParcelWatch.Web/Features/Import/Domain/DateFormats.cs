using System.Globalization;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// The date layouts spreadsheets use. One layout is chosen per file from sample values, the one that reads most of
/// them, so that 03.04.2017 is never read as 3 April in one row and 4 March in the next; a value it cannot read is an
/// error on its own row. Whatever the layout, ISO dates (yyyy-MM-dd, which an .xlsx date cell becomes) and Excel's
/// serial day numbers read too, and a layout with a four-digit year reads the two-digit one ("03.04.17").
/// </summary>
public static class DateFormats
{
    /// <summary>In order of preference on a tie, for sheets with Russian headers: day-first before month-first.</summary>
    public static readonly IReadOnlyList<string> Known =
        ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "dd-MM-yyyy", "MM/dd/yyyy", "yyyy.MM.dd"];

    /// <summary>The same, month-first before day-first: for sheets with English headers.</summary>
    private static readonly IReadOnlyList<string> MonthFirst =
        ["yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy", "dd/MM/yyyy", "dd-MM-yyyy", "yyyy.MM.dd"];

    /// <summary>Serial numbers Excel gives the days from 1954-10-03 to 2119-01-10: nothing else in a date column looks like them.</summary>
    private const double FirstSerial = 20_000, LastSerial = 80_000;

    /// <summary>The layout that reads most of the non-blank samples (the earlier one on a tie); ISO when there is none to go by.</summary>
    public static string Detect(IEnumerable<string?> samples, bool dayFirst = true)
    {
        var values = samples.Select(s => s?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Cast<string>().ToList();
        return (dayFirst ? Known : MonthFirst).MaxBy(format => values.Count(v => TryParse(v, format, out _)))!;
    }

    /// <summary>
    /// Reads the date in <paramref name="format"/> (one-digit days and months, a two-digit year, a time part from
    /// Excel accepted), or as an ISO date or an Excel serial number.
    /// </summary>
    public static bool TryParse(string value, string format, out DateOnly date)
    {
        var text = value.AsSpan().Trim();
        var space = text.IndexOf(' ');
        if (space > 0)
        {
            text = text[..space]; // "03.04.2017 0:00:00" as Excel writes a date cell
        }

        if (DateOnly.TryParseExact(text, Layouts(format), CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= FirstSerial and <= LastSerial)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }

    private static readonly Dictionary<string, string[]> LayoutsOf = MonthFirst.ToDictionary(f => f, f =>
    {
        var loose = f.Replace("dd", "d", StringComparison.Ordinal).Replace("MM", "M", StringComparison.Ordinal);
        return new[] { f, loose, loose.Replace("yyyy", "yy", StringComparison.Ordinal) }.Distinct().ToArray();
    });

    private static string[] Layouts(string format) => LayoutsOf.TryGetValue(format, out var layouts) ? layouts : [format];
}
