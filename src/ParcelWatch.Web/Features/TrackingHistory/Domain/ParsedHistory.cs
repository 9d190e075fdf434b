using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>An event read from a history: what happened, on which day, and the text it was read from.</summary>
/// <param name="OperationCode">The Russian Post operation code it was read as (see <c>operations.md</c>).</param>
public sealed record HistoryEvent(OutcomeEventKind Kind, DateOnly OccurredOn, string SourceLine, string OperationCode);

/// <summary>Two customs decisions that cannot both be true (released, then returned): the buyer decides.</summary>
public sealed record HistoryContradiction(HistoryEvent Earlier, HistoryEvent Later);

/// <summary>What a pasted tracking history says, oldest event first.</summary>
/// <param name="TrackingNumber">The S10 number the text names (or the one given), normalized; null when neither.</param>
/// <param name="CustomsPointCode">The point named by the place of the customs operations; null when none names one.</param>
/// <param name="Events">The operations that make ParcelWatch events, oldest first.</param>
/// <param name="IgnoredLines">Lines (or blocks) that name no known operation or have no date, as pasted.</param>
/// <param name="Contradictions">Customs decisions that contradict an earlier one.</param>
public sealed record ParsedHistory(
    string? TrackingNumber,
    string? CustomsPointCode,
    IReadOnlyList<HistoryEvent> Events,
    IReadOnlyList<string> IgnoredLines,
    IReadOnlyList<HistoryContradiction> Contradictions);
