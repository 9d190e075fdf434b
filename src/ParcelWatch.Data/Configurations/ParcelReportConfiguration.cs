using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data.Configurations;

internal sealed class ParcelReportConfiguration : IEntityTypeConfiguration<ParcelReport>
{
    public void Configure(EntityTypeBuilder<ParcelReport> builder)
    {
        builder.ToTable("ParcelReports");
        builder.Property(p => p.OrderNumber).HasMaxLength(ParcelLimits.OrderNumber);
        builder.Property(p => p.TrackingNumber).HasMaxLength(ParcelLimits.TrackingNumber);
        builder.Property(p => p.CarrierCode).HasMaxLength(ParcelLimits.CarrierCode);
        builder.Property(p => p.Brand).HasMaxLength(ParcelLimits.Brand);
        builder.Property(p => p.Model).HasMaxLength(ParcelLimits.Model);
        builder.Property(p => p.DeclarationText).HasMaxLength(ParcelLimits.DeclarationText);
        builder.Property(p => p.BrandKey).HasMaxLength(ParcelLimits.Brand);
        builder.Property(p => p.DeclarationWording).HasMaxLength(ParcelLimits.DeclarationText);
        builder.Property(p => p.Currency).HasMaxLength(ParcelLimits.Currency);
        builder.Property(p => p.DeclaredValue).HasPrecision(18, 2);
        builder.Property(p => p.HiddenReason).HasMaxLength(ParcelLimits.ModerationReason);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.HasOne(p => p.Reporter).WithMany().HasForeignKey(p => p.ReporterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.CustomsPoint).WithMany().HasForeignKey(p => p.CustomsPointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ParcelReport>().WithMany().HasForeignKey(p => p.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ParcelReportId).OnDelete(DeleteBehavior.Cascade);

        // With the moderation state, so that the duplicate queue groups them without reading the table.
        builder.HasIndex(p => new { p.TrackingNumber, p.ModerationState });
        builder.HasIndex(p => new { p.Shop, p.OrderNumber, p.ModerationState });
        builder.HasIndex(p => new { p.ReporterId, p.CreatedAt });
        // No foreign key to ImportJobs: on SQLite adding one rebuilds the whole table (minutes on a large file, outside
        // a transaction); jobs are never deleted, so the id always names one.
        builder.HasIndex(p => p.ImportJobId);
        builder.HasIndex(p => p.Brand);
        // Only hidden reports, for the moderators' list: an index led by the state would mislead SQLite's planner
        // into using it for every query on visible reports.
        builder.HasIndex(p => p.UpdatedAt).HasFilter("\"ModerationState\" = 1").HasDatabaseName("IX_ParcelReports_Hidden_UpdatedAt");

        // Fuzzy duplicate candidates compare reports of one point, brand and model shipped within a few days; the state
        // and tracking number make it covering, so the candidate scan reads no table rows.
        builder.HasIndex(p => new { p.CustomsPointId, p.Brand, p.Model, p.ShippedOn, p.ModerationState, p.TrackingNumber });

        // Covering indexes of the statistics: per-point outcome counts and days held, and the per-day timeline.
        builder.HasIndex(p => new { p.ModerationState, p.CustomsPointId, p.Outcome, p.DaysHeld });
        builder.HasIndex(p => new { p.ModerationState, p.CustomsPointId, p.ShippedOn, p.Outcome });

        // The same for the brand filter, and the declaration insight's grouping.
        builder.HasIndex(p => new { p.BrandKey, p.ModerationState, p.CustomsPointId, p.Outcome, p.DaysHeld });
        builder.HasIndex(p => new { p.ModerationState, p.DeclarationWording, p.CustomsPointId, p.Outcome });

        // Reports whose wording is still to be computed at start-up: empty once done, so the check costs nothing.
        builder.HasIndex(p => p.DeclarationText).HasFilter("\"DeclarationWording\" IS NULL").HasDatabaseName("IX_ParcelReports_WordingMissing");
        builder.HasIndex(p => p.DeclarationWording).HasFilter("\"WordingClass\" IS NULL").HasDatabaseName("IX_ParcelReports_WordingClassMissing");
    }
}
