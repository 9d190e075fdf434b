using System.Diagnostics;

namespace ParcelWatch.Tests.Support;

/// <summary>Runs the web executable itself (the one built beside the tests), as a user runs a verb.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs a verb against the test database <paramref name="database"/> (see <see cref="TestDatabase.Settings"/>).</summary>
    public static async Task<Result> RunAsync(TestDatabase database, params string[] arguments) =>
        await RunAsync(database.Settings, arguments);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ParcelWatch.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
