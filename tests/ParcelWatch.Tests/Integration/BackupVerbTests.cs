using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary><c>backup</c> while the app runs, then a restore: the restored app answers exactly as the original did.</summary>
public sealed class BackupVerbTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [SqliteOnlyFact("the backup verb copies the SQLite file; PostgreSQL is backed up with pg_dump")]
    public async Task A_backup_taken_while_the_app_runs_restores_to_the_same_reports_and_statistics()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ParcelApi.CreateAsync(buyer));
        }

        await ParcelApi.AddEventAsync(buyer, ids[0], "Held", "2017-04-10");
        var backup = Path.Combine(Path.GetTempPath(), $"pw-backup-{Guid.NewGuid():N}.db");
        try
        {
            var result = await AppProcess.RunAsync(factory.Database, "backup", backup);

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("integrity ok", result.Output, StringComparison.Ordinal);
            await using var restored = new RestoredFactory(backup);
            var restoredClient = restored.CreateClient();
            Assert.Equal(await StatsAsync(factory.CreateClient()), await StatsAsync(restoredClient));
            foreach (var id in ids)
            {
                Assert.Equal(
                    (await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}")).ToString(),
                    (await restoredClient.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}")).ToString());
            }
        }
        finally
        {
            File.Delete(backup);
        }
    }

    [SqliteOnlyFact("the backup verb copies the SQLite file; PostgreSQL is backed up with pg_dump")]
    public async Task A_backup_never_overwrites_a_file()
    {
        var existing = Path.GetTempFileName();
        try
        {
            var result = await AppProcess.RunAsync(factory.Database, "backup", existing);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("exists", result.Error, StringComparison.Ordinal);
            Assert.Equal(0, new FileInfo(existing).Length);
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private static async Task<string> StatsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/stats/points")).ToString();

    /// <summary>The app started on a copy of the backup, as the restore steps say.</summary>
    private sealed class RestoredFactory(string backup) : ParcelWatchFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            File.Copy(backup, DatabasePath);
            base.ConfigureWebHost(builder);
        }
    }
}
