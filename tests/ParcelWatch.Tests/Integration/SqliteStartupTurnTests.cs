using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Start-up on SQLite takes turns through an exclusive lock on a file beside the database (SqliteStartupTurn): a second
/// taker waits until the first lets go, and an in-memory database has no file to lock.
/// </summary>
public sealed class SqliteStartupTurnTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pw-turn-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_second_start_waits_until_the_first_lets_go_of_the_turn()
    {
        using var first = Context(Path.Combine(_folder.FullName, "parcelwatch.db"));
        using var second = Context(Path.Combine(_folder.FullName, "parcelwatch.db"));
        var held = await SqliteStartupTurn.TakeAsync(first.Database, CancellationToken.None);
        Assert.NotNull(held);

        var waiting = SqliteStartupTurn.TakeAsync(second.Database, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted, "the second start took the turn while the first held it");

        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "parcelwatch.db.startup-turn")));
    }

    [Fact]
    public async Task An_in_memory_database_has_no_turn_to_take()
    {
        using var memory = Context(":memory:");

        Assert.Null(await SqliteStartupTurn.TakeAsync(memory.Database, CancellationToken.None));
    }

    private static ParcelWatchDbContext Context(string file) =>
        new(new DbContextOptionsBuilder<ParcelWatchDbContext>().UseSqlite($"Data Source={file}").Options);
}
