using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>Two reports that are probably the same parcel, side by side, with the score and its reasons.</summary>
public sealed record DuplicatePair(ParcelResponse First, ParcelResponse Second, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Body of <c>POST /api/v1/moderation/merges</c>: the report to keep and the ones that are the same parcel. By default
/// the canonical report keeps its own descriptive fields; <paramref name="FieldWinners"/> names, per field (see
/// <see cref="Domain.MergeableFields"/>), the duplicate whose value it takes instead.
/// </summary>
public sealed record MergeRequest(int? CanonicalId, IReadOnlyList<int>? DuplicateIds, string? Reason, IReadOnlyDictionary<string, int>? FieldWinners = null);

/// <summary>Body of <c>POST /api/v1/moderation/merges/batch</c>: many merges, applied together or not at all.</summary>
public sealed record MergeBatchRequest(IReadOnlyList<MergeRequest>? Merges);

/// <summary>A field of the canonical report that took a duplicate's value in a merge.</summary>
public sealed record MergedFieldResponse(string Field, string? Before, string? After);

/// <summary>One merge: the duplicate now counts through the canonical report; the listed events moved to it.</summary>
public sealed record MergeResponse(
    int Id,
    int CanonicalId,
    int DuplicateId,
    string ModeratorId,
    DateTime At,
    string? Reason,
    IReadOnlyList<int> MovedEventIds,
    IReadOnlyList<MergedFieldResponse> FieldChanges,
    DateTime? UndoneAt,
    string? UndoneById)
{
    public static MergeResponse From(Merge merge) => new(
        merge.Id, merge.CanonicalId, merge.DuplicateId, merge.ModeratorId, merge.At, merge.Reason,
        merge.MovedEventIds, merge.FieldChanges.ConvertAll(f => new MergedFieldResponse(f.Field, f.Before, f.After)), merge.UndoneAt, merge.UndoneById);
}

/// <summary>Body of <c>POST /api/v1/moderation/parcels/{id}/hide</c> (and unhide).</summary>
public sealed record ModerationReasonRequest(string? Reason);

public sealed record AuditEntryResponse(long Id, DateTime At, string ActorId, string? ActorEmail, string Action, string EntityType, string EntityId, string Details);

/// <summary>A user and the roles a moderator can grant or revoke.</summary>
public sealed record UserRolesResponse(string Id, string Email, IReadOnlyList<string> Roles);
