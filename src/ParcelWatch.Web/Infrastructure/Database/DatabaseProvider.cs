namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>The database engines ParcelWatch runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: one instance, nothing to set up (the default).</summary>
    Sqlite,

    /// <summary>An existing PostgreSQL server: several instances (scale-out).</summary>
    Postgres,
}
