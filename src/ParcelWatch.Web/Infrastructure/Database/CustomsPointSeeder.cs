using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>Brings the customs-point table in line with the embedded catalogue: inserts new codes, updates names.</summary>
public sealed class CustomsPointSeeder(ParcelWatchDbContext db) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.CustomsPoints.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var entry in CustomsPointCatalog.Load())
        {
            if (!existing.TryGetValue(entry.Code, out var point))
            {
                point = new CustomsPoint
                {
                    Code = entry.Code,
                    NameRu = entry.NameRu,
                    NameEn = entry.NameEn,
                    CityRu = entry.CityRu,
                    CityEn = entry.CityEn,
                };
                db.CustomsPoints.Add(point);
            }

            point.NameRu = entry.NameRu;
            point.NameEn = entry.NameEn;
            point.CityRu = entry.CityRu;
            point.CityEn = entry.CityEn;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
