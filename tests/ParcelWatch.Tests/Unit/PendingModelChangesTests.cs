using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Tests.Unit;

/// <summary>Every model change comes with a migration for each provider (ADR-002); no database is needed to compare.</summary>
public sealed class PendingModelChangesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=never-opened")]
    public void The_migrations_of_each_provider_match_the_model(DatabaseProvider provider, string connectionString)
    {
        // The Identity schema version is part of the model; the app sets it in IdentitySetup.
        using var services = new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        var options = new DbContextOptionsBuilder<ParcelWatchDbContext>().UseApplicationServiceProvider(services);
        options.UseParcelWatchProvider(provider, connectionString);
        using var db = new ParcelWatchDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a {provider} migration: see docs/development.md.");
    }
}
