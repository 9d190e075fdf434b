using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>A parcel's outcome derived from its events.</summary>
/// <param name="Outcome">Pending, Passed, Returned or Seized.</param>
/// <param name="DaysHeld">Days from the first arrival at customs (or hold) to the decision; null while pending or without an arrival/hold.</param>
/// <param name="DecidedOn">The date of the deciding event; null while pending.</param>
public sealed record OutcomeSummary(Outcome Outcome, int? DaysHeld, DateOnly? DecidedOn);
