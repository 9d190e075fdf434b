using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParcelWatch.Tests.Support;
using Xunit.Abstractions;

namespace ParcelWatch.Tests.Reliability;

/// <summary>
/// The real app, killed with SIGKILL at random moments while buyers submit reports, then started again on the same
/// file: every report it answered 201 for is there, and SQLite's integrity check passes. (WAL with
/// <c>synchronous=FULL</c>: a commit is acknowledged only after the log is on disk.)
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Workers = 8;

    /// <summary>Kill cycles: 5 in the suite; <c>PARCELWATCH_CRASH_CYCLES=100</c> for the long run (docs/benchmarks.md).</summary>
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("PARCELWATCH_CRASH_CYCLES"), out var cycles) && cycles > 0 ? cycles : 5;

    [Fact]
    public async Task Every_acknowledged_report_survives_being_killed_mid_write()
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-crash-");
        var connectionString = $"Data Source={Path.Combine(folder.FullName, "crash.db")}";
        var random = new Random(20170315); // the kill moments, the same every run
        var acknowledged = new ConcurrentBag<int>();
        var email = AuthApi.NewEmail();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var server = await AppServer.StartAsync(connectionString);
                await using (server)
                {
                    using var client = await SignedInClientAsync(server, email, register: round == 0);
                    using var stop = new CancellationTokenSource();
                    var firstAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    var submitting = Enumerable.Range(0, Workers).Select(_ => SubmitUntilKilledAsync(client, acknowledged, firstAnswer, stop.Token)).ToList();

                    // Killed while writes are under way: a random moment after the freshly started app (JIT, a busy
                    // machine) has answered its first report, so that every cycle has acknowledged writes to lose.
                    await Task.WhenAny(firstAnswer.Task, Task.WhenAll(submitting)).WaitAsync(TimeSpan.FromMinutes(2));
                    await Task.Delay(random.Next(0, 1200));
                    await server.KillAsync();
                    await stop.CancelAsync();
                    await Task.WhenAll(submitting);
                }
            }

            await using var last = await AppServer.StartAsync(connectionString);
            SqliteConnection.ClearAllPools();
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check;"));
            var stored = Ids(connection);
            Assert.True(acknowledged.Count >= Rounds, $"only {acknowledged.Count} reports were acknowledged: the test did not test");
            Assert.All(acknowledged, id => Assert.Contains(id, stored));
            output.WriteLine($"{Rounds} kill cycles; {acknowledged.Count} reports acknowledged, lost 0; {stored.Count} stored (the rest were committed as the process died, before their answer left); integrity ok");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<HttpClient> SignedInClientAsync(AppServer server, string email, bool register)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (register)
        {
            (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();
        }

        var login = await AuthApi.LoginAsync(client, email);
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts reports one after another; notes the id of each one answered 201. A killed server ends the loop.</summary>
    private static async Task SubmitUntilKilledAsync(HttpClient client, ConcurrentBag<int> acknowledged, TaskCompletionSource firstAnswer, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg(), stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await ParcelApi.ReadAsync(response)).GetProperty("id").GetInt32());
                    firstAnswer.TrySetResult();
                }
            }
            catch (Exception error) when (error is HttpRequestException or OperationCanceledException or IOException)
            {
                return; // the server is gone: nothing in flight was acknowledged
            }
        }
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private static HashSet<int> Ids(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM ParcelReports;";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }
}
