using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// One generated parcel report with its events, in the shape of a ParcelReports row. The writer maps
/// <see cref="ReporterIndex"/> to a demo user and <see cref="CustomsPointCode"/> to the point's id.
/// <see cref="Outcome"/>, <see cref="DaysHeld"/> and <see cref="DecidedOn"/> come from OutcomeRules.Derive.
/// </summary>
/// <param name="Wording">The generator's class of <see cref="DeclarationText"/> (not stored; the text is).</param>
public sealed record DemoReport(
    int ReporterIndex,
    Shop Shop,
    string OrderNumber,
    string TrackingNumber,
    string? CarrierCode,
    string CustomsPointCode,
    string? Brand,
    string Model,
    ProductCategory Category,
    string DeclarationText,
    DemoWordingStyle Wording,
    decimal DeclaredValue,
    string Currency,
    DateOnly ShippedOn,
    Outcome Outcome,
    int? DaysHeld,
    DateOnly? DecidedOn,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    IReadOnlyList<DemoEvent> Events)
{
    /// <summary>Another report of a parcel reported just before (not stored: moderators are to find it).</summary>
    public bool IsRepeat { get; init; }

    /// <summary>The date the parcel reached the customs point (its first event).</summary>
    public DateOnly ArrivedOn => Events[0].OccurredOn;
}
