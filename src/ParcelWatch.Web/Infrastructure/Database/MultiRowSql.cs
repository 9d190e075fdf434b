using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// Runs one statement over many rows at once, inside the context's current transaction: the rows become a
/// <c>VALUES</c> list of bound parameters (so values are stored exactly as EF Core's own writes store them), split
/// into chunks that stay under the database's parameter limit. The statement names the list <c>{values}</c>; write it
/// in SQL that SQLite and PostgreSQL both accept (quoted identifiers, <c>WITH … AS (VALUES …)</c>, <c>UPDATE … FROM</c>).
/// For set-based writes that SaveChanges would send as one command per row.
/// </summary>
public static class MultiRowSql
{
    /// <summary>Below SQLite's limit of 32,766 bound parameters (PostgreSQL allows 65,535).</summary>
    private const int MaximumParameters = 30_000;

    /// <summary>Executes the statement for every chunk of rows; returns the total of rows affected.</summary>
    public static async Task<int> ExecuteAsync(DatabaseFacade database, string statement, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var affected = 0;
        foreach (var chunk in Chunks(rows))
        {
            await using var command = Command(database, statement, chunk);
            affected += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return affected;
    }

    /// <summary>Executes a statement that returns rows (<c>INSERT … RETURNING</c>) for every chunk; reads each row.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        DatabaseFacade database, string statement, IReadOnlyList<object?[]> rows, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var results = new List<T>(rows.Count);
        foreach (var chunk in Chunks(rows))
        {
            await using var command = Command(database, statement, chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                results.Add(read(reader));
            }
        }

        return results;
    }

    private static IEnumerable<object?[][]> Chunks(IReadOnlyList<object?[]> rows) =>
        rows.Count == 0 ? [] : rows.Chunk(Math.Max(1, MaximumParameters / rows[0].Length));

    private static DbCommand Command(DatabaseFacade database, string statement, object?[][] rows)
    {
        var command = database.GetDbConnection().CreateCommand();
        command.Transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Multi-row writes run inside the caller's transaction.");
        var values = new StringBuilder();
        foreach (var row in rows)
        {
            values.Append(values.Length == 0 ? "(" : ", (");
            for (var column = 0; column < row.Length; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{command.Parameters.Count}");
                parameter.Value = row[column] ?? DBNull.Value;
                command.Parameters.Add(parameter);
                values.Append(column == 0 ? "" : ", ").Append(parameter.ParameterName);
            }

            values.Append(')');
        }

        command.CommandText = statement.Replace("{values}", values.ToString(), StringComparison.Ordinal);
        return command;
    }
}
