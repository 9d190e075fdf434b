namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>How to read an import's rows: which column fills which field, and the file's date layout.</summary>
public sealed record ImportSettings(IReadOnlyDictionary<ImportField, int> Columns, string DateFormat);
