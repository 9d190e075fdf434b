using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// Start-up turns on SQLite. EF Core locks migrations with a row in <c>__EFMigrationsLock</c>, which stays behind when
/// the migrating process is killed, and every later start then waits for it for ever (dotnet/efcore#38958). ParcelWatch
/// processes therefore take their start-up turn through an exclusive lock on a file beside the database, which the
/// operating system drops with the process. Whoever holds that turn knows that no ParcelWatch process is migrating, so
/// a migration lock row found then was left by a killed one and is removed.
/// </summary>
public static class SqliteStartupTurn
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits for the exclusive lock on <c>{database file}.startup-turn</c>; null for an in-memory database.</summary>
    public static async Task<IAsyncDisposable?> TakeAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return null;
        }

        while (true)
        {
            try
            {
                return new FileStream(Path.GetFullPath(file) + ".startup-turn", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) // another process holds the turn
            {
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    /// <summary>Removes a migration lock left by a killed process; call only while holding the turn. Returns when it was taken.</summary>
    public static async Task<string?> ReleaseStaleMigrationLockAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var tables = await database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken);
        if (tables == 0)
        {
            return null;
        }

        var takenAt = await database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").FirstOrDefaultAsync(cancellationToken);
        if (takenAt is not null)
        {
            await database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        }

        return takenAt;
    }
}
