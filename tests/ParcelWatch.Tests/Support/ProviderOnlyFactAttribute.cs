namespace ParcelWatch.Tests.Support;

/// <summary>A test that only means something on one database provider: skipped, with its reason, on the other.</summary>
public abstract class ProviderOnlyFactAttribute : FactAttribute
{
    protected ProviderOnlyFactAttribute(bool postgres, string reason)
    {
        if (TestDatabase.IsPostgres != postgres)
        {
            Skip = $"{(postgres ? "PostgreSQL" : "SQLite")} only: {reason}";
        }
    }
}
