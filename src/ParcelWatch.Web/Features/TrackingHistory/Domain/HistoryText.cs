using System.Globalization;
using System.Text;

namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>
/// Text as the history reader compares it: lower case, ё as е, every run of punctuation, dashes and spaces (the
/// non-breaking ones too) as one space. Words are what is left between the spaces.
/// </summary>
public static class HistoryText
{
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(char.IsLetterOrDigit(c) ? Fold(c) : ' ');
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The line as shown back to the buyer: trimmed, with every run of spaces, tabs and non-breaking spaces as one space.</summary>
    public static string Tidy(string line) => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Where <paramref name="phrase"/> occurs in <paramref name="words"/> as consecutive whole words; -1 if it does not.</summary>
    public static int IndexOf(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var match = true;
            for (var i = 0; match && i < phrase.Count; i++)
            {
                match = words[start + i] == phrase[i];
            }

            if (match)
            {
                return start;
            }
        }

        return -1;
    }

    private static char Fold(char c)
    {
        var lower = char.ToLower(c, CultureInfo.InvariantCulture);
        return lower == 'ё' ? 'е' : lower;
    }
}
