using System.Globalization;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>The arguments of <c>seed-demo [--reports N] [--seed S] [--append]</c>.</summary>
public sealed record SeedDemoOptions(int Reports, int Seed, bool Append)
{
    public const int MaximumReports = 10_000_000;

    public static SeedDemoOptions Default { get; } = new(DemoScenario.DefaultReportCount, DemoScenario.DefaultSeed, false);

    /// <summary>Reads the arguments (<c>--reports 1000</c> or <c>--reports=1000</c>); on failure, says why in <paramref name="error"/>.</summary>
    public static bool TryParse(IReadOnlyList<string> arguments, out SeedDemoOptions options, out string error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        options = Default;
        error = "";
        for (var i = 0; i < arguments.Count; i++)
        {
            var (name, inlineValue) = Split(arguments[i]);
            if (name == "--append" && inlineValue is null)
            {
                options = options with { Append = true };
                continue;
            }

            if (name is not ("--reports" or "--seed"))
            {
                error = $"Unknown argument '{arguments[i]}'.";
                return false;
            }

            var value = inlineValue ?? (i + 1 < arguments.Count ? arguments[++i] : null);
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                error = $"{name} needs a whole number, not '{value}'.";
                return false;
            }

            if (name == "--seed")
            {
                options = options with { Seed = number };
            }
            else if (number is < 1 or > MaximumReports)
            {
                error = $"--reports must be between 1 and {MaximumReports:N0}.";
                return false;
            }
            else
            {
                options = options with { Reports = number };
            }
        }

        return true;
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (argument, null) : (argument[..equals], argument[(equals + 1)..]);
    }
}
