using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Web.Features.TrackingHistory;

/// <summary>What the buyer confirmed from a pasted history: the number and point it names, and the events to add.</summary>
public sealed record PastedHistory(string? TrackingNumber, string? CustomsPointCode, IReadOnlyList<NewOutcomeEvent> Events);
