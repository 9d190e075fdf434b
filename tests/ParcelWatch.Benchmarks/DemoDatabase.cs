using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ParcelWatch.Benchmarks;

/// <summary>The demo files the suites read (1,000,000 reports unless a suite asks for another size), kept in the user's cache folder.</summary>
internal static class DemoDatabase
{
    public const int Reports = 1_000_000;

    /// <summary>The demo file, made by <c>seed-demo</c> the first time and migrated to the current schema every time.</summary>
    public static async Task<string> PrepareAsync(string suite, CancellationToken cancellationToken, int reports = Reports)
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "parcelwatch-benchmarks");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"demo-{reports}.db");
        if (!File.Exists(path))
        {
            Console.WriteLine($"{suite}: making {path} with seed-demo --reports {reports} (once; about a minute per million)");
            var allowed = TimeSpan.FromMinutes(2 + (3.0 * reports / 1_000_000));
            await AppUnderTest.RunVerbAsync(folder, AppDatabase.Sqlite(path + ".partial"), allowed, cancellationToken, "seed-demo", "--reports", reports.ToString(CultureInfo.InvariantCulture));
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(path + ".partial" + suffix);
            }

            File.Move(path + ".partial", path);
        }

        Console.WriteLine($"{suite}: migrating {path} to the current schema");
        await AppUnderTest.MigrateAsync(folder, AppDatabase.Sqlite(path), cancellationToken);
        return path;
    }
}
