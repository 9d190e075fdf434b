using Microsoft.Extensions.Localization;
using ParcelWatch.Web.Features.Import.Domain;

namespace ParcelWatch.Web.Features.Import;

/// <summary>A field's name as the reader sees it on the Import page and in the error report.</summary>
public static class ImportFieldNames
{
    public static string Name(this IStringLocalizer localizer, ImportField field) => field switch
    {
        ImportField.Shop => localizer["Shop"],
        ImportField.OrderNumber => localizer["Order number"],
        ImportField.TrackingNumber => localizer["Tracking number"],
        ImportField.CustomsPoint => localizer["Customs point"],
        ImportField.Brand => localizer["Brand"],
        ImportField.Model => localizer["Model"],
        ImportField.Category => localizer["Category"],
        ImportField.DeclarationText => localizer["Declaration text (CN22)"],
        ImportField.DeclaredValue => localizer["Declared value"],
        ImportField.Currency => localizer["Currency"],
        ImportField.ShippedOn => localizer["Shipped on"],
        ImportField.ArrivedOn => localizer["Arrived at customs"],
        ImportField.Outcome => localizer["Outcome"],
        _ => localizer["Date of the outcome"],
    };
}
