using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ParcelWatch.Web.Features.Import;

/// <summary>A row of the file and the line it starts on (the header is line 1; a quoted cell may span lines).</summary>
public sealed record FileRow(int Line, string[] Cells);

/// <summary>
/// Reads an import file row by row with CsvHelper (RFC 4180: quoted separators, quotes and newlines), streaming, so
/// memory stays flat whatever the file's size. Blank lines are skipped; a stray quote inside a cell is read as text.
/// </summary>
public sealed class ImportCsvReader : IDisposable
{
    private readonly StreamReader _text;
    private readonly CsvParser _parser;

    public ImportCsvReader(string path, Encoding encoding, char delimiter)
    {
        _text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        _parser = new CsvParser(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            IgnoreBlankLines = true,
        });
    }

    /// <summary>The next row, or null at the end of the file.</summary>
    public FileRow? Read()
    {
        if (!_parser.Read())
        {
            return null;
        }

        // RawRow is the last line the record touched; a quoted cell with line breaks started that many lines before.
        var breaksInside = _parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
        return new FileRow(_parser.RawRow - breaksInside, _parser.Record ?? []);
    }

    /// <summary>Rows from the current position to the end (use after reading the header).</summary>
    public IEnumerable<FileRow> Rest()
    {
        while (Read() is { } row)
        {
            yield return row;
        }
    }

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
