using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// A third-party generator can build a working client from the served OpenAPI document: Kiota (a pinned local dotnet
/// tool, restored by tests/run.sh) generates a C# client into a temporary folder, and a small program there
/// (tests/generated-client) registers, signs in, logs a report, lists its reports and reads the statistics through
/// that client only, against the app on a real port.
/// </summary>
public sealed class GeneratedClientTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private static readonly string Templates = Path.Combine(RepositoryPaths.Root, "tests", "generated-client");

    [Fact]
    public async Task A_kiota_client_registers_signs_in_logs_lists_and_reads_stats()
    {
        var baseUrl = factory.StartOnKestrel().AbsoluteUri.TrimEnd('/');
        using var http = new HttpClient();
        var folder = Directory.CreateTempSubdirectory("parcelwatch-client-").FullName;
        var document = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(document, await http.GetStringAsync($"{baseUrl}/openapi/v1.json"));

        var generate = await ExternalProcess.RunAsync(RepositoryPaths.Root, "dotnet", "tool", "run", "kiota", "--", "generate", "-l", "CSharp", "-d", document,
            "-o", Path.Combine(folder, "Client"), "-n", "ParcelWatch.Client", "-c", "ParcelWatchApi", "--exclude-backward-compatible", "--log-level", "Error");
        Assert.True(generate.ExitCode == 0, generate.Output + generate.Errors);

        File.Copy(Path.Combine(Templates, "GeneratedClientJourney.csproj.template"), Path.Combine(folder, "GeneratedClientJourney.csproj"));
        File.Copy(Path.Combine(Templates, "Journey.cs.template"), Path.Combine(folder, "Journey.cs"));
        var trackingNumber = ParcelRequests.NewS10Number("CN");
        var journey = await ExternalProcess.RunAsync(folder, "dotnet", "run", "-c", "Release", "--", baseUrl, trackingNumber);

        Assert.True(journey.ExitCode == 0, journey.Output + journey.Errors);
        var lines = journey.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("registered", lines);
        Assert.Contains("signed in", lines);
        Assert.Contains(lines, l => l.StartsWith("logged ", StringComparison.Ordinal) && int.Parse(l[7..], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("listed 1", lines);
        Assert.Contains("stats orenburg reports=1 pending=1", lines);
        Directory.Delete(folder, recursive: true);
    }
}
