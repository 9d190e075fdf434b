using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("ImportJobs");
        builder.Property(j => j.OwnerId).HasMaxLength(450);
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.Encoding).HasMaxLength(40);
        builder.Property(j => j.Delimiter).HasMaxLength(4);
        builder.Property(j => j.Culture).HasMaxLength(10);
        builder.Property(j => j.Failure).HasMaxLength(2000);
        builder.Property(j => j.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(j => new { j.OwnerId, j.CreatedAt });
        builder.HasIndex(j => j.State);
    }
}
