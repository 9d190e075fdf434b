using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Benchmarks;

/// <summary>The database an app under test runs on: a SQLite file, or a database on a PostgreSQL server.</summary>
internal sealed record AppDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public static AppDatabase Sqlite(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");

    public static AppDatabase Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);
}
