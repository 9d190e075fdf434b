using System.Globalization;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Demo;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// <c>seed-demo [--reports N] [--seed S] [--append]</c>: fills the database with SYNTHETIC demo reports of
/// <see cref="DemoScenario"/> (3,000 by default) for the demo users, with a progress bar. Refuses when demo data is
/// already there, unless <c>--append</c>.
/// </summary>
public sealed class SeedDemoVerb(ParcelWatchDbContext db, DemoUsers demoUsers, DemoDataWriter writer, TimeProvider clock) : ICommandLineVerb
{
    public string Name => "seed-demo";

    public string Usage => $"seed-demo [--reports N (1..{SeedDemoOptions.MaximumReports:N0}, default {DemoScenario.DefaultReportCount:N0})] [--seed S] [--append]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        if (!SeedDemoOptions.TryParse(arguments, out var options, out var error))
        {
            await errorOutput.WriteLineAsync($"{error} Usage: {Usage}");
            return CommandLineRunner.UsageError;
        }

        if (!options.Append && await DemoData.IsPresentAsync(db, CancellationToken.None))
        {
            await errorOutput.WriteLineAsync(
                "The database already holds demo data; nothing was written. Add --append to add more (use another --seed for different reports).");
            return 1;
        }

        await output.WriteLineAsync(Invariant(
            $"Writing {options.Reports:N0} SYNTHETIC demo reports (seed {options.Seed}) for {DemoData.UserCount} demo users @{DemoData.EmailDomain}."));
        var progress = new ConsoleProgressBar(output, options.Reports, "reports", clock);
        var reporterIds = await demoUsers.EnsureAsync();
        var result = writer.Write(DemoReportGenerator.Generate(options.Reports, options.Seed), reporterIds, progress.Report, CancellationToken.None);
        progress.Complete(result.Reports);
        await output.WriteLineAsync(Invariant(
            $"Seeded {result.Reports:N0} demo reports with {result.Events:N0} events in {progress.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
