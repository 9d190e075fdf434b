using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParcelWatch.Web.Infrastructure.ReferenceData;

/// <summary>
/// One entry of the embedded customs-point catalogue (<c>customs-points.json</c>): names and city, and the facts a
/// point page shows (region, kind, the customs office around 2017 when confirmed, the sources).
/// </summary>
public sealed record CustomsPointEntry(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name_ru")] string NameRu,
    [property: JsonPropertyName("name_en")] string NameEn,
    [property: JsonPropertyName("city_ru")] string CityRu,
    [property: JsonPropertyName("city_en")] string CityEn,
    [property: JsonPropertyName("region_ru")] string? RegionRu = null,
    [property: JsonPropertyName("region")] string? RegionEn = null,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("customs_office_ru")] string? CustomsOfficeRu = null,
    [property: JsonPropertyName("customs_office_en")] string? CustomsOfficeEn = null,
    [property: JsonPropertyName("sources")] IReadOnlyList<string>? Sources = null);

public static class CustomsPointCatalog
{
    private sealed record CatalogFile([property: JsonPropertyName("points")] IReadOnlyList<CustomsPointEntry> Points);

    private static readonly Lazy<IReadOnlyList<CustomsPointEntry>> Entries = new(() =>
    {
        using var stream = EmbeddedReferenceData.Open("customs-points.json");
        return JsonSerializer.Deserialize<CatalogFile>(stream)?.Points
            ?? throw new InvalidOperationException("customs-points.json has no 'points'.");
    });

    public static IReadOnlyList<CustomsPointEntry> Load() => Entries.Value;

    public static CustomsPointEntry? Find(string code) => Entries.Value.FirstOrDefault(p => p.Code == code);
}
