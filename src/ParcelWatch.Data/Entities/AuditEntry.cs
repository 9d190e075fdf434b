namespace ParcelWatch.Data.Entities;

/// <summary>
/// One moderation action or role change: who, when, what, and the state before and after as JSON. Append-only:
/// <see cref="ParcelWatchDbContext"/> refuses to save a change or deletion of an entry, and the database refuses
/// UPDATE and DELETE on the table.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The acting user's id, or <c>cli</c> for the command line.</summary>
    public required string ActorId { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>JSON: <c>{"before": …, "after": …}</c> and any reason.</summary>
    public required string Details { get; set; }
}
