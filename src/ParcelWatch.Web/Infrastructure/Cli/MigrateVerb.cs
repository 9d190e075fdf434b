namespace ParcelWatch.Web.Infrastructure.Cli;

/// <summary><c>migrate</c>: the database is created, migrated and seeded before any verb runs; this one reports it.</summary>
public sealed class MigrateVerb : ICommandLineVerb
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        await output.WriteLineAsync("Database is migrated and seeded.");
        return 0;
    }
}
