namespace ParcelWatch.Data.Entities;

/// <summary>
/// A moderator's decision that <see cref="DuplicateId"/> is the same parcel as <see cref="CanonicalId"/>, with what
/// moved so that it can be undone exactly.
/// </summary>
public sealed class Merge
{
    public int Id { get; set; }

    public int CanonicalId { get; set; }

    public int DuplicateId { get; set; }

    public required string ModeratorId { get; set; }

    public DateTime At { get; set; }

    public string? Reason { get; set; }

    /// <summary>The duplicate's outcome events that the canonical lacked and that moved to it.</summary>
    public List<int> MovedEventIds { get; set; } = [];

    /// <summary>Fields of the canonical report that took the duplicate's value, with the values they had before.</summary>
    public List<MergedField> FieldChanges { get; set; } = [];

    public DateTime? UndoneAt { get; set; }

    public string? UndoneById { get; set; }

    /// <summary>Optimistic-concurrency token: two moderators cannot undo the same merge twice.</summary>
    public int Version { get; set; }
}
