using System.Text.Json.Serialization;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>
/// Body of <c>POST</c> and <c>PUT /api/v1/parcels</c>. Enum and date fields are strings so that a wrong value
/// is reported on its own field (<c>errors.category</c>), not as an unreadable JSON failure.
/// </summary>
public sealed record ParcelRequest(
    string? Shop,
    string? OrderNumber,
    string? TrackingNumber,
    string? CarrierCode,
    string? CustomsPointCode,
    string? Brand,
    string? Model,
    string? Category,
    string? DeclarationText,
    decimal? DeclaredValue,
    string? Currency,
    string? ShippedOn,
    int? Version = null);

/// <summary>Body of <c>POST /api/v1/parcels/{id}/events</c>.</summary>
public sealed record OutcomeEventRequest(string? Kind, string? OccurredOn, string? Note);

/// <summary>An event to add in a batch (a pasted tracking history), with its note (the line it was read from).</summary>
public sealed record NewOutcomeEvent(OutcomeEventKind Kind, DateOnly OccurredOn, string? Note)
{
    public Domain.OutcomeEventFact Fact => new(Kind, OccurredOn);
}

public sealed record OutcomeEventResponse(int Id, OutcomeEventKind Kind, DateOnly OccurredOn, string? Note, DateTime CreatedAt);

/// <summary>
/// A report as the API shows it. <c>orderNumber</c> and <c>hiddenReason</c> are null unless the reader owns the report
/// or moderates.
/// </summary>
public sealed record ParcelResponse(
    int Id,
    Shop Shop,
    string? OrderNumber,
    string TrackingNumber,
    string? CarrierCode,
    string? Carrier,
    string CustomsPointCode,
    string? Brand,
    string? Model,
    ProductCategory Category,
    string DeclarationText,
    decimal? DeclaredValue,
    string? Currency,
    DateOnly? ShippedOn,
    Outcome Outcome,
    int? DaysHeld,
    ModerationState ModerationState,
    int? DuplicateOfId,
    string? HiddenReason,
    bool IsMine,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    IReadOnlyList<OutcomeEventResponse> Events)
{
    /// <summary>Only in the answer to a create: reports that may be the same parcel (the buyer may still keep theirs).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DuplicateCandidate>? DuplicateCandidates { get; init; }
}

/// <summary>Another report that is probably the same parcel, with why.</summary>
public sealed record DuplicateCandidate(int Id, string Reason, string TrackingNumber, string CustomsPointCode, DateTime CreatedAt);
