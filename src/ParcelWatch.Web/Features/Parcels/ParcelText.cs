using Microsoft.Extensions.Localization;
using MudBlazor;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>How the parcel enums read in the reader's language, and which colour an outcome wears.</summary>
public sealed class ParcelText(IStringLocalizer<SharedResource> localizer)
{
    /// <summary>What a buyer (or an importing volunteer) reads when an event does not fit the parcel's story.</summary>
    public static string Describe(IStringLocalizer localizer, EventOrderViolation violation) => violation switch
    {
        EventOrderViolation.DecisionWithoutArrival => localizer["First record that the parcel arrived at customs or was held there."],
        EventOrderViolation.AfterFinalOutcome => localizer["The parcel already has a final outcome; only Delivered may follow Released."],
        EventOrderViolation.DeliveredWithoutRelease => localizer["A parcel is delivered only after customs released it."],
        EventOrderViolation.EarlierThanLastEvent => localizer["This date is earlier than the parcel's last event."],
        EventOrderViolation.SecondArrival => localizer["The arrival at customs is already recorded."],
        _ => localizer["This event does not fit the parcel's history."],
    };

    public string Category(ProductCategory category) => category switch
    {
        ProductCategory.Phone => localizer["Phone"],
        ProductCategory.Tablet => localizer["Tablet"],
        ProductCategory.Laptop => localizer["Laptop"],
        ProductCategory.Console => localizer["Game console"],
        ProductCategory.Wearable => localizer["Wearable"],
        ProductCategory.Accessory => localizer["Accessory"],
        ProductCategory.Unknown => localizer["Unknown category"],
        _ => localizer["Other goods"],
    };

    public string Shop(Shop shop) => shop == Data.Entities.Shop.Other ? localizer["Other shop"] : shop.ToString();

    public string Outcome(Outcome outcome) => outcome switch
    {
        Data.Entities.Outcome.Passed => localizer["Passed"],
        Data.Entities.Outcome.Returned => localizer["Returned"],
        Data.Entities.Outcome.Seized => localizer["Seized"],
        _ => localizer["Pending"],
    };

    public string EventKind(OutcomeEventKind kind) => kind switch
    {
        OutcomeEventKind.ArrivedAtCustoms => localizer["Arrived at customs"],
        OutcomeEventKind.Held => localizer["Held by customs"],
        OutcomeEventKind.Released => localizer["Released by customs"],
        OutcomeEventKind.Returned => localizer["Returned to sender"],
        OutcomeEventKind.Seized => localizer["Seized"],
        _ => localizer["Delivered"],
    };

    public static Color OutcomeColor(Outcome outcome) => outcome switch
    {
        Data.Entities.Outcome.Passed => Color.Success,
        Data.Entities.Outcome.Returned => Color.Error,
        Data.Entities.Outcome.Seized => Color.Error,
        _ => Color.Default,
    };

    /// <summary>Returned or seized: the refund guide applies.</summary>
    public static bool NeedsRefund(Outcome outcome) => outcome is Data.Entities.Outcome.Returned or Data.Entities.Outcome.Seized;
}
