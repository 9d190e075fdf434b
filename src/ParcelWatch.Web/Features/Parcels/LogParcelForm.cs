using System.Globalization;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>What the "Log a parcel" form holds while the buyer types; turned into a <see cref="ParcelRequest"/> on submit.</summary>
public sealed class LogParcelForm
{
    public string? Shop { get; set; } = nameof(Data.Entities.Shop.AliExpress);
    public string? OrderNumber { get; set; }
    public string? TrackingNumber { get; set; }
    public string? CustomsPointCode { get; set; }
    public string? Brand { get; set; }
    public string? Model { get; set; }
    public string? Category { get; set; } = nameof(Data.Entities.ProductCategory.Phone);
    public string? DeclarationText { get; set; }
    public decimal? DeclaredValue { get; set; }
    public string? Currency { get; set; } = "USD";
    public DateTime? ShippedOn { get; set; }

    public ParcelRequest ToRequest() => new(
        Shop, OrderNumber, TrackingNumber, CarrierCode: null, CustomsPointCode, Brand, Model, Category, DeclarationText,
        DeclaredValue, DeclaredValue is null ? null : Currency,
        ShippedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
