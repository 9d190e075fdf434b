namespace ParcelWatch.Data.Entities;

/// <summary>What became of a parcel, derived from its events (Released or Delivered ⇒ Passed).</summary>
public enum Outcome
{
    Pending = 0,
    Passed = 1,
    Returned = 2,
    Seized = 3,
}
