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
/// The proof of the maintained statistics: recounts every cell from the visible reports and compares it with
/// <c>StatsCells</c> in the database (<see cref="StatsCellSql.Differences"/>); or rebuilds the cells from the recount.
/// </summary>
public static class StatsCellsCheck
{
    /// <summary>Compared in one snapshot (a deferred SQLite transaction, PostgreSQL's repeatable read), blocking no writer.</summary>
    public static async Task<IReadOnlyList<StatsCellDifference>> DifferencesAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var snapshot = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = StatsCellSql.Differences;
            command.Transaction = snapshot;
            command.CommandTimeout = 0; // no limit: a recount of millions of reports takes minutes
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var differences = new List<StatsCellDifference>();
            var keys = StatsCellSql.KeyColumns.Count;
            while (await reader.ReadAsync(cancellationToken))
            {
                differences.Add(new StatsCellDifference(Key(reader),
                    Convert.ToInt64(reader.GetValue(keys), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(keys + 1), CultureInfo.InvariantCulture)));
            }

            return differences;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Replaces every cell with the recount, in one transaction; returns the number of cells.</summary>
    public static async Task<int> RebuildAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(0); // no limit: millions of reports take minutes
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(StatsCellSql.Rebuild, cancellationToken);
        var cells = await db.StatsCells.CountAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cells;
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
