using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using Xunit.Abstractions;

namespace ParcelWatch.Tests.Reliability;

/// <summary>
/// The real app killed with SIGKILL in the middle of an import, then started again: the job resumes after its last
/// committed batch and ends with every row imported exactly once.
/// </summary>
public sealed class ImportRestartTests(ITestOutputHelper output)
{
    private const int Rows = 30_000;

    [Fact]
    public async Task An_import_killed_mid_way_resumes_after_a_restart_and_imports_every_row_once()
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-import-restart-");
        var connectionString = $"Data Source={Path.Combine(folder.FullName, "import.db")}";
        var email = AuthApi.NewEmail("volunteer");
        try
        {
            string jobId;
            await using (var first = await AppServer.StartAsync(connectionString))
            {
                using var client = await SignedInVolunteerAsync(first, email, connectionString, register: true);
                var accepted = await ImportApi.UploadAsync(client, ImportApi.CleanCsv(Rows, firstSerial: 90_000_000));
                jobId = (await accepted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                await WaitForProgressAsync(client, jobId);
                await first.KillAsync();
            }

            var doneBeforeKill = JobColumn(connectionString, jobId, "RowsDone");
            await using var second = await AppServer.StartAsync(connectionString);
            using var again = await SignedInVolunteerAsync(second, email, connectionString, register: false);
            var job = await ImportApi.WaitAsync(again, jobId);

            Assert.Equal("Completed", job.GetProperty("state").GetString());
            Assert.Equal(2, job.GetProperty("attempts").GetInt32());
            Assert.Equal(Rows, job.GetProperty("rowsInserted").GetInt32());
            Assert.Equal(Rows, Count(connectionString, "SELECT COUNT(*) FROM ParcelReports"));
            Assert.Equal(Rows, Count(connectionString, "SELECT COUNT(DISTINCT TrackingNumber) FROM ParcelReports"));
            output.WriteLine($"killed with {doneBeforeKill} of {Rows} rows committed; resumed and completed with {Rows} reports, none twice");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<HttpClient> SignedInVolunteerAsync(AppServer server, string email, string connectionString, bool register)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (register)
        {
            (await AuthApi.RegisterAsync(client, email)).EnsureSuccessStatusCode();
            var granted = await AppProcess.RunAsync(new Dictionary<string, string?> { ["ConnectionStrings:ParcelWatch"] = connectionString }, "users", "grant-role", email, Roles.Volunteer);
            Assert.True(granted.ExitCode == 0, granted.Output + granted.Error);
        }

        var login = await AuthApi.LoginAsync(client, email);
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits until at least one batch is committed and the job is still running: the moment to kill it.</summary>
    private static async Task WaitForProgressAsync(HttpClient client, string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/import/{jobId}");
            if (job.GetProperty("rowsDone").GetInt32() > 0)
            {
                Assert.Equal("Running", job.GetProperty("state").GetString()); // not already finished: the kill lands mid-way
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the import made no progress: {job}");
            await Task.Delay(20);
        }
    }

    private static long JobColumn(string connectionString, string jobId, string column) =>
        Count(connectionString, $"SELECT {column} FROM ImportJobs WHERE lower(Id) = lower('{jobId}')");

    private static long Count(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
