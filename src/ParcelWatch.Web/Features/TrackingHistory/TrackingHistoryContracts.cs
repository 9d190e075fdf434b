using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.TrackingHistory.Domain;

namespace ParcelWatch.Web.Features.TrackingHistory;

/// <summary>Body of <c>POST /api/v1/tracking-history/parse</c>: the pasted text, and the tracking number if known.</summary>
public sealed record TrackingHistoryRequest(string? Text, string? TrackingNumber);

public sealed record TrackingHistoryEventResponse(OutcomeEventKind Kind, DateOnly OccurredOn, string SourceLine);

/// <summary>What the history says; nothing is stored.</summary>
public sealed record TrackingHistoryResponse(
    string? TrackingNumber,
    string? CustomsPointCode,
    IReadOnlyList<TrackingHistoryEventResponse> Events,
    IReadOnlyList<string> IgnoredLines)
{
    public static TrackingHistoryResponse From(ParsedHistory history) => new(
        history.TrackingNumber,
        history.CustomsPointCode,
        history.Events.Select(e => new TrackingHistoryEventResponse(e.Kind, e.OccurredOn, e.SourceLine)).ToList(),
        history.IgnoredLines);
}
