namespace ParcelWatch.Data.Entities;

/// <summary>
/// A field of the canonical report that a merge overwrote with a duplicate's value (the moderator chose the
/// duplicate's value), with both values as invariant text so that undoing the merge can put the old one back.
/// </summary>
public sealed class MergedField
{
    public required string Field { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
