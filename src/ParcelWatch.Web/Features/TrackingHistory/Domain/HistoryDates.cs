using System.Globalization;
using System.Text.RegularExpressions;

namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>A date (and time, when given) found in a line, and the line's text around it.</summary>
/// <param name="At">The moment; midnight when the line gives no time.</param>
/// <param name="Rest">The line without the date and time.</param>
public sealed record FoundDate(DateTime At, string Rest);

/// <summary>
/// Reads the dates tracking pages show: <c>14 мая 2017, 19:40</c>, <c>14 May 2017</c>, <c>14.05.2017 19:40</c>,
/// <c>May 14, 2017, 7:40 PM</c> and <c>2017-05-14</c> (with or without a time). A date that does not exist
/// (31.02.2017) is not a date.
/// </summary>
public static partial class HistoryDates
{
    private static readonly string[][] MonthNames =
    [
        ["января", "январь", "янв", "january", "jan"],
        ["февраля", "февраль", "фев", "february", "feb"],
        ["марта", "март", "мар", "march", "mar"],
        ["апреля", "апрель", "апр", "april", "apr"],
        ["мая", "май", "may"],
        ["июня", "июнь", "июн", "june", "jun"],
        ["июля", "июль", "июл", "july", "jul"],
        ["августа", "август", "авг", "august", "aug"],
        ["сентября", "сентябрь", "сен", "сент", "september", "sep", "sept"],
        ["октября", "октябрь", "окт", "october", "oct"],
        ["ноября", "ноябрь", "ноя", "november", "nov"],
        ["декабря", "декабрь", "дек", "december", "dec"],
    ];

    public static FoundDate? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var pattern in (Regex[])[DayMonthYear(), MonthDayYear(), Dotted(), Iso()])
        {
            foreach (Match match in pattern.Matches(line))
            {
                if (ToDateTime(match) is { } at)
                {
                    return new FoundDate(at, line.Remove(match.Index, match.Length));
                }
            }
        }

        return null;
    }

    private static DateTime? ToDateTime(Match match)
    {
        var year = Number(match, "year");
        var month = match.Groups["month"].Success ? Number(match, "month") : MonthOf(match.Groups["monthName"].Value);
        var day = Number(match, "day");
        if (month is < 1 or > 12 || day < 1 || year < 1990 || year > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hour = match.Groups["hour"].Success ? Number(match, "hour") : 0;
        var minute = match.Groups["minute"].Success ? Number(match, "minute") : 0;
        hour = match.Groups["ampm"].Value.ToUpperInvariant() switch
        {
            "PM" when hour < 12 => hour + 12,
            "AM" when hour == 12 => 0,
            _ => hour,
        };
        return hour > 23 || minute > 59 ? null : new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(string name)
    {
        var folded = name.TrimEnd('.').ToLowerInvariant();
        return Array.FindIndex(MonthNames, names => names.Contains(folded)) + 1;
    }

    private const string Time = @"(?:[,\s]+(?:в\s+|at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?(?:\s*(?<ampm>[AaPp][Mm]))?)?";
    private const string MonthWord = @"(?<monthName>[а-яА-ЯёЁa-zA-Z]{3,9}\.?)";

    // \b does not see a boundary before a Cyrillic letter the way it does for Latin ones, so lookarounds mark the edges.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>\d{1,2})\s+" + MonthWord + @"\s+(?<year>\d{4})(?:\s*г\.?)?" + Time + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}\d])" + MonthWord + @"\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})" + Time + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d.])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})" + Time + @"(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"(?<![\d-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::\d{2})?|" + Time + @")(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
