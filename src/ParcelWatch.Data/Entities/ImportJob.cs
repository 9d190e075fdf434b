namespace ParcelWatch.Data.Entities;

/// <summary>
/// One spreadsheet a volunteer imports: the file (kept in the import folder under <see cref="Id"/>), how its columns
/// map to report fields, and how far the background worker has got. Rows are committed in batches, each batch
/// together with <see cref="RowsDone"/>, so a restarted worker resumes after the last committed batch.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public required string FileName { get; set; }

    public long FileBytes { get; set; }

    /// <summary>Web name of the file's text encoding, as detected (<c>utf-8</c>, <c>windows-1251</c>, …).</summary>
    public required string Encoding { get; set; }

    public required string Delimiter { get; set; }

    /// <summary>The language of whoever started the job: rejected rows' reasons are written in it.</summary>
    public required string Culture { get; set; }

    /// <summary>The column mapping and value formats, as JSON (see ImportSettings in the web project).</summary>
    public required string Settings { get; set; }

    public ImportJobState State { get; set; }

    /// <summary>Data rows in the file (header excluded), counted when the job starts.</summary>
    public int? RowsTotal { get; set; }

    /// <summary>Data rows handled in committed batches: inserted, skipped as already reported, or rejected.</summary>
    public int RowsDone { get; set; }

    public int RowsInserted { get; set; }

    public int RowsDuplicate { get; set; }

    public int RowsRejected { get; set; }

    public bool CancelRequested { get; set; }

    /// <summary>Why the whole job failed (a file-level problem), in the language of whoever started it.</summary>
    public string? Failure { get; set; }

    /// <summary>How many times a worker picked the job up (more than one: it was resumed after a restart).</summary>
    public int Attempts { get; set; }

    /// <summary>The app instance whose worker runs the job (several instances share one PostgreSQL database).</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds; the worker renews it with every batch. Once past, another instance may resume the job.</summary>
    public DateTime? LeaseUntil { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}

public enum ImportJobState
{
    /// <summary>The file is in; its columns are not yet confirmed (the Import page's mapping step).</summary>
    Uploaded,
    Queued,
    Running,
    Completed,
    Cancelled,
    Failed,
}
