using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>One outcome event as the rules see it: what happened and on which day.</summary>
public sealed record OutcomeEventFact(OutcomeEventKind Kind, DateOnly OccurredOn);
