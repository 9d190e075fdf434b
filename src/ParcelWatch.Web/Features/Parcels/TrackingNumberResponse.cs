using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>Answer of <c>GET /api/v1/tracking-numbers/{value}</c>.</summary>
public sealed record TrackingNumberResponse(
    string Input,
    string Normalized,
    string Format,
    bool? CheckDigitValid,
    ServiceIndicatorResponse? ServiceIndicator,
    string? CountryCode,
    CarrierResponse? Carrier)
{
    public static TrackingNumberResponse From(TrackingNumberAnalysis analysis) => new(
        analysis.Input,
        analysis.Normalized,
        analysis.Format == TrackingNumberFormat.S10 ? "s10" : "other",
        analysis.CheckDigitValid,
        analysis.ServiceIndicator is { } indicator ? new(indicator.Code, indicator.MeaningEn, indicator.MeaningRu) : null,
        analysis.CountryCode,
        analysis.Carrier is { } carrier ? new(carrier.Code, carrier.OperatorEn, carrier.OperatorRu, carrier.CountryEn, carrier.CountryRu) : null);
}

public sealed record ServiceIndicatorResponse(string Code, string MeaningEn, string MeaningRu);

public sealed record CarrierResponse(string Code, string NameEn, string NameRu, string CountryEn, string CountryRu);
