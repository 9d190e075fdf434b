using System.Text.Json.Serialization;
using ParcelWatch.Web.Infrastructure.ReferenceData;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>The postal operators of the embedded <c>carriers.json</c>, looked up by country suffix.</summary>
public static class CarrierCatalog
{
    // The file's snake_case shape stays here, so Carrier serializes like every other API type.
    private sealed record CarrierEntry(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("country_en")] string CountryEn,
        [property: JsonPropertyName("country_ru")] string CountryRu,
        [property: JsonPropertyName("operator_en")] string OperatorEn,
        [property: JsonPropertyName("operator_ru")] string OperatorRu);

    private sealed record CatalogFile([property: JsonPropertyName("carriers")] IReadOnlyList<CarrierEntry> Carriers);

    private static readonly Lazy<IReadOnlyList<Carrier>> Carriers = new(() =>
    {
        using var stream = EmbeddedReferenceData.Open("carriers.json");
        var entries = JsonSerializer.Deserialize<CatalogFile>(stream)?.Carriers
            ?? throw new InvalidOperationException("carriers.json has no 'carriers'.");
        return entries.Select(e => new Carrier(e.Code, e.CountryEn, e.CountryRu, e.OperatorEn, e.OperatorRu)).ToList();
    });

    private static readonly Lazy<Dictionary<string, Carrier>> ByCode = new(() =>
        Carriers.Value.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every operator in the catalogue, in file order.</summary>
    public static IReadOnlyList<Carrier> All => Carriers.Value;

    /// <summary>The operator for a two-letter country code (case-insensitive), or null when the catalogue has none.</summary>
    public static Carrier? Find(string? countryCode) =>
        countryCode is not null && ByCode.Value.TryGetValue(countryCode, out var carrier) ? carrier : null;
}
