namespace ParcelWatch.Data.Entities;

/// <summary>A step in a parcel's customs story, as the buyer saw it in tracking.</summary>
public enum OutcomeEventKind
{
    ArrivedAtCustoms = 0,
    Held = 1,
    Released = 2,
    Returned = 3,
    Seized = 4,
    Delivered = 5,
}
