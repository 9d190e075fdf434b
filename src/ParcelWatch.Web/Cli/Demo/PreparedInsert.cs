using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>A prepared SQLite statement run many times, its <c>$name</c> parameters bound by position in the SQL.</summary>
internal sealed partial class PreparedInsert : IDisposable
{
    public PreparedInsert(SqliteConnection connection, string sql)
    {
        Command = connection.CreateCommand();
        Command.CommandText = sql;
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            Command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        Command.Prepare();
    }

    public SqliteCommand Command { get; }

    /// <summary>Binds the values (null as SQL NULL) in the order the parameters first appear, and executes in the transaction.</summary>
    public void Run(SqliteTransaction transaction, params ReadOnlySpan<object?> values)
    {
        Command.Transaction = transaction;
        var parameters = Command.Parameters;
        if (values.Length != parameters.Count)
        {
            throw new ArgumentException($"The statement has {parameters.Count} parameters, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        Command.ExecuteNonQuery();
    }

    public void Dispose() => Command.Dispose();

    [GeneratedRegex(@"\$[A-Za-z0-9]+")]
    private static partial Regex ParameterName();
}
