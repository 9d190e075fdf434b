using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// The database of one test app: a SQLite file in the app's temporary folder, or, when the environment variable
/// <c>PARCELWATCH_TEST_POSTGRES</c> names a PostgreSQL server (tests/postgres.sh starts one), a fresh database of its
/// own on that server, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("PARCELWATCH_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    private readonly string? _postgresDatabase;

    public TestDatabase(string folder)
    {
        if (PostgresServer is null)
        {
            ConnectionString = $"Data Source={Path.Combine(folder, "parcelwatch.db")}";
        }
        else
        {
            _postgresDatabase = $"parcelwatch_test_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString;
            ExecuteOnServer($"CREATE DATABASE \"{_postgresDatabase}\"");
        }

        Settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = IsPostgres ? "Postgres" : "Sqlite",
            ["Database:DataDirectory"] = folder,
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:ParcelWatch"] = ConnectionString,
        };
    }

    public string ConnectionString { get; }

    /// <summary>The app configuration that points it at this database (and its data folder, for import files).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>An open connection past EF Core, for tests that read what is stored (quote names: "ParcelReports").</summary>
    public DbConnection Open()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public long Count(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        if (_postgresDatabase is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        ExecuteOnServer($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
    }

    private static void ExecuteOnServer(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
