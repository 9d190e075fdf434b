namespace ParcelWatch.Tests.Support;

/// <summary>
/// A test that needs a database server (several app instances on one database): skipped on SQLite, run in the
/// PostgreSQL pass of tests/run.sh, where <c>PARCELWATCH_TEST_POSTGRES</c> is set.
/// </summary>
public sealed class PostgresOnlyFactAttribute(string reason) : ProviderOnlyFactAttribute(postgres: true, reason);
