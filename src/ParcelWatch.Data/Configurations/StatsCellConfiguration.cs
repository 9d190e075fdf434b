using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class StatsCellConfiguration : IEntityTypeConfiguration<StatsCell>
{
    public void Configure(EntityTypeBuilder<StatsCell> builder)
    {
        builder.ToTable("StatsCells");

        // Led by the grain and the brand key, so that the brand filter reads only its own slice of the full grain.
        builder.HasKey(c => new
        {
            c.Grain, c.BrandKey, c.CustomsPointId, c.Outcome, c.DaysHeld, c.ShippedOn, c.Category, c.CarrierCode, c.Shop, c.Wording, c.WordingClass, c.ValueBand, c.Brand,
        });
        builder.Property(c => c.Grain).HasConversion<int>();
        builder.Property(c => c.BrandKey).HasMaxLength(ParcelLimits.Brand);
        builder.Property(c => c.Brand).HasMaxLength(ParcelLimits.Brand);
        builder.Property(c => c.CarrierCode).HasMaxLength(ParcelLimits.CarrierCode);
        builder.Property(c => c.Wording).HasMaxLength(ParcelLimits.DeclarationText);
    }
}
