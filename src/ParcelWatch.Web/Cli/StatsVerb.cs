using ParcelWatch.Data;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Cli;

/// <summary>
/// <c>stats verify</c>: recounts the statistics from the reports, prints every key whose maintained count differs and
/// exits 1 if any does (0 when they all agree). <c>stats rebuild</c>: replaces the maintained counts with the recount.
/// </summary>
public sealed class StatsVerb(ParcelWatchDbContext db) : ICommandLineVerb
{
    public string Name => "stats";

    public string Usage => "stats verify|rebuild";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        switch (arguments)
        {
            case ["verify"]:
                var differences = await StatsCellsCheck.DifferencesAsync(db, CancellationToken.None);
                foreach (var difference in differences)
                {
                    await output.WriteLineAsync(difference.ToString());
                }

                await (differences.Count == 0 ? output : errorOutput).WriteLineAsync(differences.Count == 0
                    ? "The maintained statistics equal a recount from the reports."
                    : $"{differences.Count:N0} maintained statistics differ from a recount; `stats rebuild` recomputes them.");
                return differences.Count == 0 ? 0 : 1;
            case ["rebuild"]:
                var cells = await StatsCellsCheck.RebuildAsync(db, CancellationToken.None);
                await output.WriteLineAsync($"Rebuilt the maintained statistics from the reports: {cells:N0} cells.");
                return 0;
            default:
                await errorOutput.WriteLineAsync($"usage: {Usage}");
                return CommandLineRunner.UsageError;
        }
    }
}
