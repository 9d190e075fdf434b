namespace ParcelWatch.Data.Entities;

/// <summary>Text lengths of a parcel report, shared by the database mapping and input validation.</summary>
public static class ParcelLimits
{
    public const int OrderNumber = 64;
    public const int TrackingNumber = 40;
    public const int CarrierCode = 2;
    public const int Brand = 60;
    public const int Model = 100;
    public const int DeclarationText = 300;
    public const int Currency = 3;
    public const int Note = 500;
    public const int ModerationReason = 500;
}
