namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// How to read an import's rows: which column fills which field, the file's date layout, and the volunteer's own
/// reading of values the app did not know, for this file only (<see cref="Values"/>: field → the cell's text → the
/// known value it means, a customs point's code or an outcome; an empty value skips the rows that hold the text).
/// </summary>
public sealed record ImportSettings(IReadOnlyDictionary<ImportField, int> Columns, string DateFormat)
{
    public IReadOnlyDictionary<ImportField, IReadOnlyDictionary<string, string>>? Values { get; init; }

    /// <summary>The volunteer's reading of <paramref name="text"/> in <paramref name="field"/>, if they gave one ("" = skip).</summary>
    public string? ValueFor(ImportField field, string text) =>
        Values is not null && Values.TryGetValue(field, out var values) && values.TryGetValue(text, out var value) ? value : null;
}
