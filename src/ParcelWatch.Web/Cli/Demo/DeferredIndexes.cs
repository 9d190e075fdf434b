using Microsoft.Data.Sqlite;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// A bulk load into empty report tables runs without their secondary indexes, which are built once at the end:
/// sorting a million keys once is several times faster than inserting them one by one into a dozen B-trees
/// (1M demo reports: about 45 s instead of 80–100 s). The indexes are rebuilt from their own SQL, as the
/// migrations created them, also when the load fails or is cancelled. If the process is killed in between, the
/// next <c>seed-demo</c> rebuilds them first (their SQL is kept in a table until then).
/// The statistics triggers on the reports are deferred the same way: a million row triggers cost more than one
/// recount, so the load runs without them and <c>StatsCells</c> is rebuilt when they are restored, in the same
/// transaction (<see cref="StatsCellSql.Rebuild"/>).
/// </summary>
internal sealed class DeferredIndexes : IDisposable
{
    private const string PendingTable = "__ParcelWatchDeferredIndexes";
    private const string Tables = "'ParcelReports', 'OutcomeEvents'";

    private readonly SqliteConnection _connection;

    private DeferredIndexes(SqliteConnection connection) => _connection = connection;

    /// <summary>Rebuilds indexes left dropped by a killed load, then drops them again if both tables are empty.</summary>
    public static DeferredIndexes? DropIfEmpty(SqliteConnection connection)
    {
        Restore(connection);
        if (Count(connection, "SELECT EXISTS (SELECT 1 FROM ParcelReports) + EXISTS (SELECT 1 FROM OutcomeEvents)") > 0)
        {
            return null;
        }

        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"""
            CREATE TABLE {PendingTable} (Name TEXT PRIMARY KEY, Sql TEXT NOT NULL);
            INSERT INTO {PendingTable} SELECT name, sql FROM sqlite_master
                WHERE type IN ('index', 'trigger') AND tbl_name IN ({Tables}) AND sql IS NOT NULL;
            """);
        foreach (var (name, type) in Names(connection, transaction))
        {
            Execute(connection, transaction, $"DROP {type} \"{name}\";");
        }

        transaction.Commit();
        return new DeferredIndexes(connection);
    }

    /// <summary>Builds the dropped indexes again (in one transaction) and forgets them.</summary>
    public void Dispose() => Restore(_connection);

    private static void Restore(SqliteConnection connection)
    {
        if (Count(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{PendingTable}'") == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT Sql FROM {PendingTable} WHERE Name NOT IN (SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger'));";
            var statements = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    statements.Add(reader.GetString(0));
                }
            }

            foreach (var sql in statements)
            {
                Execute(connection, transaction, sql);
            }
        }

        Execute(connection, transaction, StatsCellSql.Rebuild);
        Execute(connection, transaction, $"DROP TABLE {PendingTable};");
        transaction.Commit();
    }

    private static List<(string Name, string Type)> Names(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT p.Name, m.type FROM {PendingTable} AS p JOIN sqlite_master AS m ON m.name = p.Name;";
        using var reader = command.ExecuteReader();
        var names = new List<(string, string)>();
        while (reader.Read())
        {
            names.Add((reader.GetString(0), reader.GetString(1).ToUpperInvariant()));
        }

        return names;
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
