using System.Text.RegularExpressions;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>
/// Reads a tracking history pasted from Russian Post's site (Russian or English), a carrier's or AliExpress's page:
/// newest or oldest first; blocks of operation / date / place, tab-separated rows, or one line per operation.
/// Operations become ParcelWatch events by <see cref="TrackingOperations"/>; the customs point comes from the place
/// of the customs operations; lines it cannot read are listed as ignored, never guessed.
/// </summary>
public sealed partial class TrackingHistoryParser(CustomsPointMatcher customsPoints)
{
    public const int MaximumLength = 20_000;

    public ParsedHistory Parse(string text, string? trackingNumber = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = S10Numbers().Matches(text).Select(m => TrackingNumbers.Normalize(m.Value)).Where(S10.IsS10Format).ToList();
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(HistoryText.Tidy)
            .Where(line => line.Length > 0)
            .Select(line => HistoryLine.Read(line, S10Numbers().IsMatch(line)))
            .ToList();
        var grouped = HistoryRecords.Group(lines);
        var records = Chronological(grouped.Records);
        var events = records
            .Where(r => r.Operation.Event is not null)
            .Select(r => new HistoryEvent(r.Operation.Event!.Value, DateOnly.FromDateTime(r.At), r.SourceLine, r.Operation.Code))
            .ToList();
        var point = records.Where(r => r.Operation.IsCustoms).Select(r => customsPoints.Match(r.Words)).FirstOrDefault(code => code is not null);
        return new ParsedHistory(PickNumber(numbers, trackingNumber), point, events, grouped.Ignored, Contradictions(events));
    }

    /// <summary>Oldest first: a history pasted newest first is turned round, then ordered by moment (keeping the page's order within one).</summary>
    private static List<HistoryRecord> Chronological(IReadOnlyList<HistoryRecord> records)
    {
        var newestFirst = records.Count > 1 && records[0].At > records[^1].At;
        return (newestFirst ? records.Reverse() : records).OrderBy(r => r.At).ToList();
    }

    /// <summary>The number given, if the text names it too; else the first S10 number with a valid check digit, the first at all, or the one given.</summary>
    private static string? PickNumber(List<string> found, string? given)
    {
        var normalized = TrackingNumbers.Normalize(given);
        return found.Contains(normalized) ? normalized
            : found.FirstOrDefault(S10.HasValidCheckDigit) ?? found.FirstOrDefault()
            ?? (normalized.Length > 0 ? normalized : null);
    }

    /// <summary>Each customs decision that disagrees with the first one (released, then returned or seized; returned, then released).</summary>
    private static List<HistoryContradiction> Contradictions(List<HistoryEvent> events)
    {
        var decisions = events.Where(e => OutcomeOf(e.Kind) is not null).ToList();
        return decisions.Skip(1)
            .Where(later => OutcomeOf(later.Kind) != OutcomeOf(decisions[0].Kind))
            .Select(later => new HistoryContradiction(decisions[0], later))
            .ToList();
    }

    private static Outcome? OutcomeOf(OutcomeEventKind kind) => kind switch
    {
        OutcomeEventKind.Released or OutcomeEventKind.Delivered => Outcome.Passed,
        OutcomeEventKind.Returned => Outcome.Returned,
        OutcomeEventKind.Seized => Outcome.Seized,
        _ => null,
    };

    // Two letters, nine digits (spaces or dashes between groups allowed), two letters; not inside a longer word.
    [GeneratedRegex(@"(?<![\p{L}\d])[A-Za-z]{2}[ \u00A0-]?\d{3}[ \u00A0-]?\d{3}[ \u00A0-]?\d{3}[ \u00A0-]?[A-Za-z]{2}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex S10Numbers();
}
