namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>What can be read from a tracking number without asking any carrier.</summary>
/// <param name="Input">The text as given (empty for null).</param>
/// <param name="Normalized">The number as stored and compared, see <see cref="TrackingNumbers.Normalize"/>.</param>
/// <param name="Format">Whether the number is an S10 identifier.</param>
/// <param name="CheckDigitValid">For S10 numbers, whether the check digit is right; null for other formats.</param>
/// <param name="ServiceIndicator">For S10 numbers, the meaning of the first two letters; null otherwise.</param>
/// <param name="CountryCode">For S10 numbers, the last two letters; null otherwise.</param>
/// <param name="Carrier">The postal operator the country code names, if it is in the catalogue; null otherwise.</param>
public sealed record TrackingNumberAnalysis(
    string Input,
    string Normalized,
    TrackingNumberFormat Format,
    bool? CheckDigitValid,
    ServiceIndicator? ServiceIndicator,
    string? CountryCode,
    Carrier? Carrier);
