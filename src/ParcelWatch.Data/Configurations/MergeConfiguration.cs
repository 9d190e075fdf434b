using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class MergeConfiguration : IEntityTypeConfiguration<Merge>
{
    public void Configure(EntityTypeBuilder<Merge> builder)
    {
        builder.ToTable("Merges");
        builder.Property(m => m.ModeratorId).HasMaxLength(450);
        builder.Property(m => m.UndoneById).HasMaxLength(450);
        builder.Property(m => m.Reason).HasMaxLength(ParcelLimits.ModerationReason);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.OwnsMany(m => m.FieldChanges, field => field.ToJson());
        builder.HasOne<ParcelReport>().WithMany().HasForeignKey(m => m.CanonicalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ParcelReport>().WithMany().HasForeignKey(m => m.DuplicateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.CanonicalId);
        builder.HasIndex(m => m.DuplicateId);
        builder.HasIndex(m => m.At);
    }
}
