namespace ParcelWatch.Data.Entities;

/// <summary>A row of an import that was not inserted: rejected with its reasons, or already reported as another report.</summary>
public sealed class ImportRowIssue
{
    public long Id { get; set; }

    public Guid ImportJobId { get; set; }

    /// <summary>The line of the file where the row starts (the header is line 1).</summary>
    public int Line { get; set; }

    /// <summary>Set when the row is a parcel already reported: the report it duplicates.</summary>
    public int? DuplicateOfId { get; set; }

    /// <summary>The reasons, one per line, each as "field: message".</summary>
    public required string Reasons { get; set; }
}
