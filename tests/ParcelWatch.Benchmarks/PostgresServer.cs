using System.Diagnostics;
using Npgsql;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// A throwaway PostgreSQL server started by the repository's <c>tests/postgres.sh --durable</c> (installs Debian's
/// postgresql when missing; fsync and synchronous commit on, PostgreSQL's defaults), running while the script waits for
/// a line on its standard input. Disposing writes that line: the script stops the server and deletes its folder.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private const string Marker = "PARCELWATCH_TEST_POSTGRES=";

    private readonly Process _script;

    private PostgresServer(Process script, string connectionString, string description)
    {
        _script = script;
        ConnectionString = connectionString;
        Description = description;
    }

    /// <summary>A superuser's connection string to the server (no database named; the user's own does not exist).</summary>
    public string ConnectionString { get; }

    /// <summary>What the script said it started ("PostgreSQL 15.18 on 127.0.0.1:port (fsync on)").</summary>
    public string Description { get; }

    public static async Task<PostgresServer> StartAsync(string scriptPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(scriptPath);
        start.ArgumentList.Add("--durable");
        var script = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'bash'.");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromMinutes(3)); // apt-get install postgresql on a fresh machine, then initdb
        try
        {
            var description = "";
            while (await script.StandardOutput.ReadLineAsync(bounded.Token) is { } line)
            {
                Console.WriteLine(line);
                if (line.StartsWith("== PostgreSQL", StringComparison.Ordinal))
                {
                    description = line[3..];
                }
                else if (line.StartsWith(Marker, StringComparison.Ordinal))
                {
                    return new PostgresServer(script, line[Marker.Length..].Trim('"'), description);
                }
            }

            await script.WaitForExitAsync(bounded.Token);
            throw new InvalidOperationException($"{scriptPath} exited with {script.ExitCode} before printing a connection string");
        }
        catch
        {
            await StopAsync(script);
            throw;
        }
    }

    /// <summary>Creates an empty database on the server (the <c>migrate</c> verb makes the schema).</summary>
    public async Task<AppDatabase> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return AppDatabase.Postgres(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await StopAsync(_script);
    }

    private static async Task StopAsync(Process script)
    {
        try
        {
            await script.StandardInput.WriteLineAsync();
            await script.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            // The script has exited already.
        }

        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await script.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"warning: tests/postgres.sh (pid {script.Id}) did not stop within 30 s; killing it (its server may be left running)");
            script.Kill(entireProcessTree: true);
        }

        script.Dispose();
    }
}
