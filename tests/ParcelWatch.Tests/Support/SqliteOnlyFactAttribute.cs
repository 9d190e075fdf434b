namespace ParcelWatch.Tests.Support;

/// <summary>A test of something only SQLite has (the database file, its pragmas, its stored text): skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute(string reason) : ProviderOnlyFactAttribute(postgres: false, reason);
