namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>A report field a spreadsheet column can fill.</summary>
public enum ImportField
{
    Shop,
    OrderNumber,
    TrackingNumber,
    CustomsPoint,
    Brand,
    Model,
    Category,
    DeclarationText,
    DeclaredValue,
    Currency,
    ShippedOn,
    ArrivedOn,
    Outcome,
    OutcomeOn,
}
