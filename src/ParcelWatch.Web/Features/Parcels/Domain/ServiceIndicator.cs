namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>The meaning of the two-letter service indicator that starts an S10 number.</summary>
/// <param name="Code">The two letters, e.g. "RR".</param>
/// <param name="MeaningEn">What the indicator means, in English.</param>
/// <param name="MeaningRu">What the indicator means, in Russian.</param>
public sealed record ServiceIndicator(string Code, string MeaningEn, string MeaningRu);
