using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// One report in the open data. Anonymized: no order number, no reporter, and no tracking number (a tracking
/// number can be looked up at the carrier and lead to a person); the day of reporting, not the time.
/// </summary>
public sealed record ExportRow(
    int Id,
    Shop Shop,
    string? CarrierCode,
    string CustomsPoint,
    string? Brand,
    string? Model,
    ProductCategory Category,
    string DeclarationText,
    decimal? DeclaredValue,
    string? Currency,
    DateOnly? ShippedOn,
    Outcome Outcome,
    int? DaysHeld,
    DateOnly? DecidedOn,
    DateOnly ReportedOn);
