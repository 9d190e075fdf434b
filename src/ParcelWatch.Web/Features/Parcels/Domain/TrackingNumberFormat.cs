namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>The shape a normalized tracking number has.</summary>
public enum TrackingNumberFormat
{
    /// <summary>A UPU S10 identifier: two letters, nine digits, two letters.</summary>
    S10 = 0,

    /// <summary>Anything else, such as a logistics company's own number.</summary>
    Other = 1,
}
