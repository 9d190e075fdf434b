using System.Diagnostics;

namespace ParcelWatch.Benchmarks;

/// <summary>Tools the suites drive (wrk, nginx), installed from Debian when missing, the way tests/run.sh installs chromium.</summary>
internal static class DebianPackage
{
    /// <summary>Installs <paramref name="package"/> with apt-get (as root, or through sudo) unless <paramref name="program"/> exists.</summary>
    public static async Task EnsureInstalledAsync(string program, string package, CancellationToken cancellationToken)
    {
        if (File.Exists(program))
        {
            return;
        }

        Console.WriteLine($"installing Debian's {package} (apt-get)");
        var asRoot = Environment.UserName == "root";
        foreach (var command in new[] { "apt-get update -qq", $"DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {package}" })
        {
            using var install = Process.Start(asRoot ? "sh" : "sudo", asRoot ? ["-c", command] : ["sh", "-c", command]);
            await install.WaitForExitAsync(cancellationToken);
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{command}' failed (exit {install.ExitCode}); install {package} and run again");
            }
        }
    }
}
