using System.Diagnostics;

namespace ParcelWatch.Tests.Support;

/// <summary>Runs a command-line tool (Redocly, Kiota, dotnet) to its end; its exit code and everything it printed.</summary>
public static class ExternalProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["KIOTA_TUTORIAL_ENABLED"] = "false" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
