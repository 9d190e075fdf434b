namespace ParcelWatch.Data.Entities;

/// <summary>A customs point (MMPO or airport post) where parcels are cleared. Code is a stable slug.</summary>
public sealed class CustomsPoint
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public required string CityRu { get; set; }
    public required string CityEn { get; set; }
    public bool IsActive { get; set; } = true;
}
