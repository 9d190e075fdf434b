using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>One key where the maintained count and the recount from the reports differ.</summary>
public sealed record StatsCellDifference(string Key, long Maintained, long Recounted)
{
    public override string ToString() => $"{Key}: maintained {Maintained}, recounted {Recounted}";
}

/// <summary>
/// The proof of the maintained statistics: recounts every cell from the visible reports (<see cref="StatsCellSql.Recount"/>)
/// and compares it with <c>StatsCells</c> (a count of 0 is the same as no row); or rebuilds the cells from the recount.
/// </summary>
public static class StatsCellsCheck
{
    /// <summary>Reads both in one snapshot (a deferred SQLite transaction, PostgreSQL's repeatable read), blocking no writer.</summary>
    public static async Task<IReadOnlyList<StatsCellDifference>> DifferencesAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        var keys = string.Join(", ", StatsCellSql.KeyColumns.Select(c => $"\"{c}\""));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var snapshot = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var recounted = await ReadAsync(snapshot, StatsCellSql.Recount, cancellationToken);
            var maintained = await ReadAsync(snapshot, $"""SELECT {keys}, "Count" FROM "StatsCells" WHERE "Count" <> 0""", cancellationToken);
            return recounted.Keys.Union(maintained.Keys)
                .Select(key => new StatsCellDifference(key, maintained.GetValueOrDefault(key), recounted.GetValueOrDefault(key)))
                .Where(d => d.Maintained != d.Recounted)
                .OrderBy(d => d.Key, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Replaces every cell with the recount, in one transaction; returns the number of cells.</summary>
    public static async Task<int> RebuildAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(StatsCellSql.Rebuild, cancellationToken);
        var cells = await db.StatsCells.CountAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cells;
    }

    /// <summary>Key (column=value, in the primary key's order) → count.</summary>
    private static async Task<Dictionary<string, long>> ReadAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[Key(reader)] = Convert.ToInt64(reader.GetValue(StatsCellSql.KeyColumns.Count), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static string Key(DbDataReader reader) => string.Join(" ", StatsCellSql.KeyColumns.Select((column, i) => $"{column}={Text(reader.GetValue(i))}"));

    private static string Text(object value) => value switch
    {
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => $"'{text}'",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
