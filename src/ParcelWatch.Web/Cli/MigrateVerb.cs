namespace ParcelWatch.Web.Cli;

/// <summary>
/// <c>migrate</c>: the database is created, migrated and seeded before any verb runs (for this verb even where
/// <c>Database:MigrateOnStartup</c> is off, as on PostgreSQL); this one reports it.
/// </summary>
public sealed class MigrateVerb : ICommandLineVerb
{
    public const string VerbName = "migrate";

    public string Name => VerbName;

    public string Usage => "migrate";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        await output.WriteLineAsync("Database is migrated and seeded.");
        return 0;
    }
}
