using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class ImportRowIssueConfiguration : IEntityTypeConfiguration<ImportRowIssue>
{
    public void Configure(EntityTypeBuilder<ImportRowIssue> builder)
    {
        builder.ToTable("ImportRowIssues");
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(i => i.ImportJobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ImportJobId, i.Line });
    }
}
