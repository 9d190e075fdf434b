using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class CustomsPointConfiguration : IEntityTypeConfiguration<CustomsPoint>
{
    public void Configure(EntityTypeBuilder<CustomsPoint> builder)
    {
        builder.ToTable("CustomsPoints");
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.NameRu).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.CityRu).HasMaxLength(100);
        builder.Property(p => p.CityEn).HasMaxLength(100);
    }
}
