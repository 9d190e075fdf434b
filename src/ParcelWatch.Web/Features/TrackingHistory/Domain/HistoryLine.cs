namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>One non-blank pasted line, tidied, with the date and the operation found in it.</summary>
internal sealed record HistoryLine(string Text, string[] Words, FoundDate? Date, TrackingOperation? Operation, bool NamesTrackingNumber)
{
    // Words that may stand beside a date on its own line: labels, "г.", time zones (digits, as in UTC+3, count too).
    private static readonly HashSet<string> DateFiller = ["г", "в", "at", "дата", "date", "время", "time", "мск", "msk", "utc", "gmt", "local", "местное"];

    public static HistoryLine Read(string text, bool namesTrackingNumber)
    {
        var words = HistoryText.Words(text);
        return new HistoryLine(text, words, HistoryDates.Find(text), OperationNames.Find(words), namesTrackingNumber);
    }

    /// <summary>A date and nothing else: a line of a block layout (operation / date / place).</summary>
    public bool IsDateOnly => Date is { } date && HistoryText.Words(date.Rest).All(word => DateFiller.Contains(word) || word.All(char.IsAsciiDigit));

    /// <summary>A date with an operation or other text: a one-line record or a table row.</summary>
    public bool IsDatedText => Date is not null && !IsDateOnly;

    /// <summary>A line that only gives the tracking number (a header): read, not ignored.</summary>
    public bool IsTrackingNumberOnly => NamesTrackingNumber && Date is null && Operation is null;
}

/// <summary>An operation read from the history with its moment and the lines it came from.</summary>
internal sealed record HistoryRecord(TrackingOperation Operation, DateTime At, string SourceLine, IReadOnlyList<string> Words);
