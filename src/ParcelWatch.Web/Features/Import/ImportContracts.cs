using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// An uploaded file awaiting its import: the detected encoding and separator, its headers and the guessed column of
/// each field (<c>columns</c>: field name → zero-based column index), for the Import page's check step.
/// </summary>
public sealed record ImportPreview(
    Guid JobId,
    string FileName,
    string Encoding,
    string Delimiter,
    IReadOnlyList<string> Headers,
    IReadOnlyDictionary<string, int> Columns);

/// <summary>An import job as <c>GET /api/v1/import/{jobId}</c> shows it: state, counts, speed and time left.</summary>
public sealed record ImportJobResponse(
    Guid Id,
    string FileName,
    ImportJobState State,
    int? RowsTotal,
    int RowsDone,
    int RowsInserted,
    int RowsDuplicate,
    int RowsRejected,
    double? RowsPerSecond,
    int? SecondsLeft,
    string? Failure,
    int Attempts,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string ErrorReportUrl);

/// <summary>
/// What an import would do, with nothing stored: <c>POST /api/v1/import/csv?dryRun=true</c> and the Import page's
/// preview. The detected layout, each column's field, the first rows as they would be stored, the counts the real
/// import would reach with the same columns and values, the reasons rows would be refused (grouped and counted), and
/// the values the app did not know with a near match where there is one (a suggestion, never applied by itself).
/// </summary>
public sealed record ImportDryRunResponse(
    string FileName,
    string Encoding,
    string Delimiter,
    string DateFormat,
    IReadOnlyList<ImportColumn> Columns,
    int RowsTotal,
    int RowsToImport,
    int RowsDuplicate,
    int RowsRejected,
    IReadOnlyList<ImportRowPreview> Rows,
    IReadOnlyList<ImportReasonCount> Reasons,
    IReadOnlyList<ImportUnknownValue> UnknownValues);

/// <summary>A column of the file: its position, header and the field it fills (null: not imported).</summary>
public sealed record ImportColumn(int Index, string Header, string? Field);

/// <summary>A row as it would be stored.</summary>
public sealed record ImportRowPreview(
    int Line,
    Shop Shop,
    string TrackingNumber,
    string CustomsPointCode,
    string? Brand,
    string? Model,
    ProductCategory Category,
    string DeclarationText,
    decimal? DeclaredValue,
    string? Currency,
    DateOnly? ShippedOn,
    Outcome Outcome);

/// <summary>One reason rows would be refused, in the reader's language, the rows it applies to and the first of their lines.</summary>
public sealed record ImportReasonCount(string Reason, int Rows, int FirstLine);

/// <summary>
/// A value of <c>customsPoint</c> or <c>outcome</c> the app did not know, in how many rows, and the known value it is
/// probably a slip for (a point's code), if any. Map it in the request's <c>values</c>.
/// </summary>
public sealed record ImportUnknownValue(string Field, string Value, int Rows, string? Suggestion);
