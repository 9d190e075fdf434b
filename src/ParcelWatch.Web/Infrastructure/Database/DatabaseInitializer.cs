using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// Migrates the database (when <paramref name="migrate"/>; else it must be up to date), turns on WAL on SQLite, and
/// runs the seeders the features registered (<see cref="IDatabaseSeeder"/>); safe to run on every start, and on several
/// instances starting at once (they take turns).
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, bool migrate, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        await using var turn = await db.Database.TakeSessionTurnAsync("parcelwatch: initialize the database", cancellationToken);
        if (migrate)
        {
            if (db.Database.IsSqlite() && await SqliteStartupTurn.ReleaseStaleMigrationLockAsync(db.Database, cancellationToken) is { } takenAt)
            {
                scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer))
                    .LogWarning("A migration that was stopped midway left EF Core's migration lock (taken at {TakenAt:l}); removed it", takenAt);
            }

            db.Database.SetCommandTimeout(0); // no limit: a migration that fills a table over millions of reports takes minutes
            await db.Database.MigrateAsync(cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new InvalidOperationException(
                "The database schema is out of date: run the 'migrate' verb once, or set Database:MigrateOnStartup=true.");
        }

        if (db.Database.IsSqlite())
        {
            // WAL is a property of the file: set once, it stays on for every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
