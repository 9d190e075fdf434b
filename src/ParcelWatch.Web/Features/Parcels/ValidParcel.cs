using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>A <see cref="ParcelRequest"/> that passed every rule: typed, trimmed, normalized, ready to store.</summary>
public sealed record ValidParcel(
    Shop Shop,
    string? OrderNumber,
    string TrackingNumber,
    string? CarrierCode,
    int CustomsPointId,
    string? Brand,
    string? Model,
    ProductCategory Category,
    string DeclarationText,
    decimal? DeclaredValue,
    string? Currency,
    DateOnly? ShippedOn);
