namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>A designated postal operator, named by the two-letter country suffix of its S10 numbers.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 country code, e.g. "CN".</param>
/// <param name="CountryEn">Country name in English.</param>
/// <param name="CountryRu">Country name in Russian.</param>
/// <param name="OperatorEn">Operator name in English (current brand).</param>
/// <param name="OperatorRu">Operator name in Russian.</param>
public sealed record Carrier(string Code, string CountryEn, string CountryRu, string OperatorEn, string OperatorRu);
