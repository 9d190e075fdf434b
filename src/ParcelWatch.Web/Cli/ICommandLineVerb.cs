namespace ParcelWatch.Web.Cli;

/// <summary>A command-line verb of the web executable. Exit code 0 means success.</summary>
public interface ICommandLineVerb
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput);
}
