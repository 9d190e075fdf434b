using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data;

/// <summary>The one database: Identity tables, the data protection keys, and ParcelWatch's own entities.</summary>
public sealed class ParcelWatchDbContext(DbContextOptions<ParcelWatchDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CustomsPoint> CustomsPoints => Set<CustomsPoint>();

    public DbSet<ParcelReport> ParcelReports => Set<ParcelReport>();

    public DbSet<OutcomeEvent> OutcomeEvents => Set<OutcomeEvent>();

    public DbSet<Merge> Merges => Set<Merge>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<ImportRowIssue> ImportRowIssues => Set<ImportRowIssue>();

    /// <summary>Maintained statistics: written only by the database's triggers on <c>ParcelReports</c> (<see cref="StatsCellSql"/>).</summary>
    public DbSet<StatsCell> StatsCells => Set<StatsCell>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The audit log is append-only: entries are added, never changed or removed, and they are added one way only, by
    /// the web app's <c>AuditLog</c> in the transaction of the change they record (ADR-009), never through SaveChanges.
    /// </summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
        }

        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Added))
        {
            throw new InvalidOperationException("Audit entries are written by AuditLog in the caller's transaction, not through SaveChanges.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParcelWatchDbContext).Assembly);
    }
}
