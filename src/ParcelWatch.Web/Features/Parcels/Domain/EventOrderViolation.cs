namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>Why an outcome event may not be added to a parcel's existing events.</summary>
public enum EventOrderViolation
{
    /// <summary>The event may be added.</summary>
    None = 0,

    /// <summary>Released, Returned or Seized without an earlier ArrivedAtCustoms or Held.</summary>
    DecisionWithoutArrival = 1,

    /// <summary>The parcel already has its outcome; only a single Delivered after Released may follow.</summary>
    AfterFinalOutcome = 2,

    /// <summary>Delivered without an earlier Released.</summary>
    DeliveredWithoutRelease = 3,

    /// <summary>The event's date is before the latest existing event's date.</summary>
    EarlierThanLastEvent = 4,

    /// <summary>A second ArrivedAtCustoms.</summary>
    SecondArrival = 5,
}
