using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Cli;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the SQLite database while the app keeps running, through SQLite's
/// online backup API (the copy is one snapshot even if reports arrive meanwhile). It is written beside the target
/// and renamed once checked (<c>PRAGMA integrity_check</c>), so a file at the target path is always a whole backup.
/// Restore: stop the app, copy the backup over the database file, delete its <c>-wal</c> and <c>-shm</c> files,
/// start the app (docs/deploy.md).
/// </summary>
public sealed class BackupVerb(ParcelWatchDbContext db) : ICommandLineVerb
{
    public string Name => "backup";

    public string Usage => "backup <file>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        if (arguments.Count != 1)
        {
            await errorOutput.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        if (!db.Database.IsSqlite())
        {
            await errorOutput.WriteLineAsync("backup copies the SQLite database; on PostgreSQL use pg_dump.");
            return 2;
        }

        var target = Path.GetFullPath(arguments[0]);
        if (File.Exists(target))
        {
            await errorOutput.WriteLineAsync($"{target} exists; name a new file (a backup never overwrites one).");
            return 1;
        }

        var partial = target + ".partial";
        File.Delete(partial);
        await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await source.OpenAsync();
            await copy.OpenAsync();
            source.BackupDatabase(copy);
            await using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            if (await check.ExecuteScalarAsync() is not "ok")
            {
                await errorOutput.WriteLineAsync("The copy failed its integrity check; nothing was written.");
                File.Delete(partial);
                return 1;
            }
        }

        File.Move(partial, target);
        await output.WriteLineAsync($"Backed up to {target} ({new FileInfo(target).Length:N0} bytes, integrity ok).");
        return 0;
    }
}
