namespace ParcelWatch.Web.Infrastructure.Cli;

/// <summary>A verb and its arguments, e.g. <c>users grant-role a@b.c Moderator</c>.</summary>
public sealed record CommandLineInvocation(string Verb, IReadOnlyList<string> Arguments);

/// <summary>
/// Finds the verb among the program arguments. Options (<c>--urls x</c>, <c>--Key=value</c>) belong to
/// ASP.NET Core configuration and are skipped; the first remaining word is the verb.
/// </summary>
public static class CommandLineParser
{
    public static CommandLineInvocation? Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-'))
            {
                if (!arg.Contains('=', StringComparison.Ordinal))
                {
                    i++; // the option's value
                }

                continue;
            }

            positional.Add(arg);
        }

        return positional.Count == 0 ? null : new CommandLineInvocation(positional[0], positional[1..]);
    }
}
