namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>
/// Groups pasted lines into operations. A line with a date and other text is an operation of its own (one line per
/// operation, or a tab-separated row). Lines between them are blocks of operation / date / place, where each
/// date-only line anchors one operation: its operation is the line just before the date (operation first) or just
/// after it (date first, when more dates are followed than preceded by a known operation), and the lines up to the
/// next operation are its place and details (postcode, weight). What names no known operation is ignored.
/// </summary>
internal sealed class HistoryRecords
{
    private const string Joiner = " · ";

    private readonly List<HistoryRecord> _records = [];
    private readonly List<string> _ignored = [];

    public IReadOnlyList<HistoryRecord> Records => _records;

    public IReadOnlyList<string> Ignored => _ignored;

    public static HistoryRecords Group(IReadOnlyList<HistoryLine> lines)
    {
        var grouped = new HistoryRecords();
        var operationFirst = IsOperationFirst(lines);
        var block = new List<HistoryLine>();
        foreach (var line in lines)
        {
            if (!line.IsDatedText)
            {
                block.Add(line);
                continue;
            }

            grouped.AddBlock(block, operationFirst);
            block.Clear();
            grouped.Add([line], line.Operation, line.Date!.At);
        }

        grouped.AddBlock(block, operationFirst);
        return grouped;
    }

    private static bool IsOperationFirst(IReadOnlyList<HistoryLine> lines)
    {
        int before = 0, after = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsDateOnly)
            {
                before += i > 0 && lines[i - 1].Operation is not null && lines[i - 1].Date is null ? 1 : 0;
                after += i + 1 < lines.Count && lines[i + 1].Operation is not null && lines[i + 1].Date is null ? 1 : 0;
            }
        }

        return before >= after;
    }

    private void AddBlock(List<HistoryLine> block, bool operationFirst)
    {
        var dates = Enumerable.Range(0, block.Count).Where(i => block[i].IsDateOnly).ToList();
        var starts = dates.Select(d => StartOf(block, d, operationFirst)).ToList();
        IgnoreAll(block.Take(dates.Count == 0 ? block.Count : starts[0]));
        for (var r = 0; r < dates.Count; r++)
        {
            var end = r + 1 < dates.Count ? starts[r + 1] : block.Count;
            var lines = block.Skip(starts[r]).Take(end - starts[r]).ToList();
            var operationLine = operationFirst ? starts[r] : dates[r] + 1;
            var operation = operationLine < end && operationLine != dates[r] ? block[operationLine].Operation : null;
            Add(lines, operation, block[dates[r]].Date!.At);
        }
    }

    /// <summary>The first line of the operation a date anchors: the operation line before it, if there is one.</summary>
    private static int StartOf(List<HistoryLine> block, int date, bool operationFirst) =>
        operationFirst && date > 0 && !block[date - 1].IsDateOnly ? date - 1 : date;

    private void Add(IReadOnlyList<HistoryLine> lines, TrackingOperation? operation, DateTime at)
    {
        var source = string.Join(Joiner, lines.Select(l => l.Text));
        if (operation is null)
        {
            _ignored.Add(source);
            return;
        }

        _records.Add(new HistoryRecord(operation, at, source, lines.SelectMany(l => l.Words).ToList()));
    }

    private void IgnoreAll(IEnumerable<HistoryLine> lines) =>
        _ignored.AddRange(lines.Where(l => !l.IsTrackingNumberOnly).Select(l => l.Text));
}
