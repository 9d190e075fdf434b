using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// For transactions that check and then change (e.g. "not the last moderator"): on SQLite every write transaction
/// already waits for the previous one (Microsoft.Data.Sqlite begins them IMMEDIATE); on PostgreSQL, whose transactions
/// run side by side, the ones of one <c>purpose</c> take turns through a transaction-scoped advisory lock.
/// </summary>
public static class TransactionTurns
{
    public static async Task TakeTurnAsync(this DatabaseFacade database, string purpose, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({purpose}))", cancellationToken);
        }
    }

    /// <summary>
    /// The same for work that spans several transactions (start-up: migrating, seeding): on PostgreSQL a session-level
    /// advisory lock on a connection of its own, released when the returned handle is disposed (the connection is not
    /// pooled, so closing it ends the session and the lock). Instances starting together thus initialize one after
    /// another, and the later ones find the work done. On SQLite a lock on a file beside the database (<see cref="SqliteStartupTurn"/>).
    /// </summary>
    public static async Task<IAsyncDisposable?> TakeSessionTurnAsync(this DatabaseFacade database, string purpose, CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql())
        {
            return await SqliteStartupTurn.TakeAsync(database, cancellationToken);
        }

        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext($1))", connection) { Parameters = { new() { Value = purpose } } };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
