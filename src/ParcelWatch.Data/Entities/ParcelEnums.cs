namespace ParcelWatch.Data.Entities;

/// <summary>The shop the parcel was ordered from.</summary>
public enum Shop
{
    AliExpress = 0,
    GearBest = 1,
    Banggood = 2,
    JD = 3,
    Joom = 4,
    Other = 5,
}

/// <summary>What kind of goods is inside.</summary>
public enum ProductCategory
{
    Phone = 0,
    Tablet = 1,
    Laptop = 2,
    Console = 3,
    Wearable = 4,
    Accessory = 5,
    Other = 6,

    /// <summary>Not known: an imported row whose sheet did not say and whose model or wording did not tell. Counted apart, never as Other.</summary>
    Unknown = 7,
}

/// <summary>Whether a report counts in public pages and statistics (only Visible does).</summary>
public enum ModerationState
{
    Visible = 0,
    Hidden = 1,
    Duplicate = 2,
}
