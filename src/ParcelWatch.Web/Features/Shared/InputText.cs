using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ParcelWatch.Web.Features.Shared;

/// <summary>Small parsing helpers shared by the report and event validators.</summary>
public static class InputText
{
    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Control characters (other than none at all) have no place in a one-line field or a note.</summary>
    public static bool HasControlCharacters(string value) =>
        value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An optional <c>yyyy-MM-dd</c> query parameter: null when blank; an error on <paramref name="field"/> when malformed.</summary>
    public static DateOnly? OptionalQueryDate(string? value, string field, FieldErrors errors, IStringLocalizer localizer)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TryParseDate(value, out var date))
        {
            return date;
        }

        errors.Add(field, localizer["Write the date as YYYY-MM-DD."]);
        return null;
    }

    /// <summary>A defined member of <typeparamref name="TEnum"/> by name, case-insensitive; numbers are not names.</summary>
    public static bool TryParseName<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        var text = value?.Trim();
        return !string.IsNullOrEmpty(text)
            && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            && Enum.TryParse(text, ignoreCase: true, out result)
            && Enum.IsDefined(result);
    }

    /// <summary>The last date a report may carry: tomorrow in UTC, so that a buyer east of Moscow is never refused "today".</summary>
    public static DateOnly LatestAllowedDate(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
}
