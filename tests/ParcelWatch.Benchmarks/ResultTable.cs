using System.Globalization;

namespace ParcelWatch.Benchmarks;

/// <summary>The measured rows, printed as a Markdown table (so that it pastes into docs/benchmarks.md), then notes.</summary>
internal sealed class ResultTable
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    /// <summary>One measurement; <paramref name="ratio"/> is its rate divided by the suite's baseline rate.</summary>
    public void Add(string suite, string what, int count, TimeSpan elapsed, double ratio) =>
        _rows.Add([
            suite,
            what,
            count.ToString("N0", CultureInfo.InvariantCulture),
            elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture),
            Rate(count, elapsed).ToString("N0", CultureInfo.InvariantCulture),
            ratio.ToString("F3", CultureInfo.InvariantCulture),
        ]);

    public void Note(string line) => _notes.Add(line);

    public static double Rate(int count, TimeSpan elapsed) => count / elapsed.TotalSeconds;

    public void Print(TextWriter output)
    {
        string[] header = ["suite", "what", "count", "seconds", "per second", "ratio (÷ baseline)"];
        var widths = header.Select((title, i) => _rows.Select(row => row[i].Length).Append(title.Length).Max()).ToArray();
        output.WriteLine();
        output.WriteLine(Line(header));
        output.WriteLine(Line(widths.Select(width => new string('-', width)).ToArray()));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row));
        }

        output.WriteLine();
        foreach (var note in _notes)
        {
            output.WriteLine(note);
        }

        // Text columns left, numbers right.
        string Line(string[] cells) =>
            "| " + string.Join(" | ", cells.Select((cell, i) => i < 2 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))) + " |";
    }
}
