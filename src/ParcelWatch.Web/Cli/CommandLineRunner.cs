namespace ParcelWatch.Web.Cli;

/// <summary>Runs the verb named on the command line, or explains the verbs there are.</summary>
public sealed class CommandLineRunner(IEnumerable<ICommandLineVerb> verbs)
{
    public const int UsageError = 2;

    public async Task<int> RunAsync(CommandLineInvocation invocation, TextWriter output, TextWriter errorOutput)
    {
        var verb = verbs.FirstOrDefault(v => v.Name.Equals(invocation.Verb, StringComparison.OrdinalIgnoreCase));
        if (verb is not null)
        {
            return await verb.RunAsync(invocation.Arguments, output, errorOutput);
        }

        await errorOutput.WriteLineAsync($"Unknown verb '{invocation.Verb}'. Verbs:");
        foreach (var known in verbs)
        {
            await errorOutput.WriteLineAsync($"  {known.Usage}");
        }

        return UsageError;
    }
}
