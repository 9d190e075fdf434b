using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class OutcomeEventConfiguration : IEntityTypeConfiguration<OutcomeEvent>
{
    public void Configure(EntityTypeBuilder<OutcomeEvent> builder)
    {
        builder.ToTable("OutcomeEvents");
        builder.Property(e => e.Note).HasMaxLength(ParcelLimits.Note);
        builder.Property(e => e.CreatedById).HasMaxLength(450);
        builder.HasIndex(e => new { e.ParcelReportId, e.OccurredOn });
    }
}
