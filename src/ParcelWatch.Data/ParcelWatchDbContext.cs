using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data;

/// <summary>The one database: Identity tables plus ParcelWatch's own entities.</summary>
public sealed class ParcelWatchDbContext(DbContextOptions<ParcelWatchDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<CustomsPoint> CustomsPoints => Set<CustomsPoint>();

    public DbSet<ParcelReport> ParcelReports => Set<ParcelReport>();

    public DbSet<OutcomeEvent> OutcomeEvents => Set<OutcomeEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParcelWatchDbContext).Assembly);
    }
}
