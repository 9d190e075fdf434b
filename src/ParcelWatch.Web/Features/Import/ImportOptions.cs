using System.ComponentModel.DataAnnotations;

namespace ParcelWatch.Web.Features.Import;

/// <summary>Configuration section <c>Import</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted, in bytes (100 MB: about 700,000 rows of a typical sheet).</summary>
    [Range(1, long.MaxValue)]
    public long MaximumFileBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Where uploaded files wait for their job; default: <c>imports</c> beside the SQLite database file.</summary>
    public string? Folder { get; set; }

    /// <summary>Rows committed per transaction (each batch is atomic, and the job resumes after the last one).</summary>
    [Range(1, int.MaxValue)]
    public int BatchRows { get; set; } = 1000;
}
