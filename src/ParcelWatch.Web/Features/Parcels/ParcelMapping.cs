using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>Entity to API shape, with the private fields only for those who may see them.</summary>
public static class ParcelMapping
{
    public static ParcelResponse ToResponse(this ParcelReport report, ParcelReader reader) => new(
        report.Id,
        report.Shop,
        reader.MaySeePrivateFields(report) ? report.OrderNumber : null,
        report.TrackingNumber,
        report.CarrierCode,
        CarrierCatalog.Find(report.CarrierCode)?.OperatorEn,
        report.CustomsPoint?.Code ?? "",
        report.Brand,
        report.Model,
        report.Category,
        report.DeclarationText,
        report.DeclaredValue,
        report.Currency,
        report.ShippedOn,
        report.Outcome,
        report.DaysHeld,
        report.ModerationState,
        report.DuplicateOfId,
        reader.MaySeePrivateFields(report) ? report.HiddenReason : null,
        reader.Owns(report),
        report.CreatedAt,
        report.UpdatedAt,
        report.Version,
        report.Events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id)
            .Select(e => new OutcomeEventResponse(e.Id, e.Kind, e.OccurredOn, e.Note, e.CreatedAt)).ToList());

    public static void Apply(this ParcelReport report, ValidParcel parcel)
    {
        report.Shop = parcel.Shop;
        report.OrderNumber = parcel.OrderNumber;
        report.TrackingNumber = parcel.TrackingNumber;
        report.CarrierCode = parcel.CarrierCode;
        report.CustomsPointId = parcel.CustomsPointId;
        report.Brand = parcel.Brand;
        report.BrandKey = SearchKeys.Brand(parcel.Brand);
        report.Model = parcel.Model;
        report.Category = parcel.Category;
        report.DeclarationText = parcel.DeclarationText;
        report.DeclarationWording = SearchKeys.Wording(parcel.DeclarationText);
        report.WordingClass = SearchKeys.Class(report.DeclarationWording);
        report.DeclaredValue = parcel.DeclaredValue;
        report.Currency = parcel.Currency;
        report.ShippedOn = parcel.ShippedOn;
    }

    /// <summary>Outcome, days held and decision date follow from the events.</summary>
    public static void RecomputeOutcome(this ParcelReport report)
    {
        var summary = OutcomeRules.Derive(report.Events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList());
        report.Outcome = summary.Outcome;
        report.DaysHeld = summary.DaysHeld;
        report.DecidedOn = summary.DecidedOn;
    }
}
