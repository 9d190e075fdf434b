namespace ParcelWatch.Web.Cli;

/// <summary>A verb and its arguments, e.g. <c>users grant-role a@b.c Moderator</c>.</summary>
public sealed record CommandLineInvocation(string Verb, IReadOnlyList<string> Arguments);

/// <summary>
/// Finds the verb among the program arguments. Options before the verb (<c>--urls x</c>, <c>--Key=value</c>) belong
/// to ASP.NET Core configuration and are skipped; the first remaining word is the verb, and everything after it,
/// options included (<c>seed-demo --reports 1000</c>), is the verb's arguments.
/// </summary>
public static class CommandLineParser
{
    public static CommandLineInvocation? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                return new CommandLineInvocation(arg, args.Skip(i + 1).ToList());
            }

            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                i++; // the option's value
            }
        }

        return null;
    }
}
