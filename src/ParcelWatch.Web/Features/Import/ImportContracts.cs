using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// The first rows of an uploaded file as read, with the detected encoding and separator and the guessed column of
/// each field (<c>columns</c>: field name → zero-based column index), for the Import page's mapping step.
/// </summary>
public sealed record ImportPreview(
    Guid JobId,
    string FileName,
    string Encoding,
    string Delimiter,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyDictionary<string, int> Columns,
    string DateFormat);

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

/// <summary>Why an import command did not happen.</summary>
public enum ImportFailure
{
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>The result of an upload or a start: the job, or why not (a file-level problem is an error on <c>file</c>).</summary>
public sealed record ImportCommandResult(ImportPreview? Preview, ImportFailure? Failure, Parcels.FieldErrors? Errors = null);
