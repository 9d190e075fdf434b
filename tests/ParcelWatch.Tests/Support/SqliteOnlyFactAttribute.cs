namespace ParcelWatch.Tests.Support;

/// <summary>A test of something only SQLite has (the database file, its pragmas, its stored text): skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
