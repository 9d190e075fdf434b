using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Moderation;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// Part of <c>merges</c>: the moderators' duplicate-candidate queue computed over the 1,000,000-report demo file, in
/// process, for the queue's default window (fuzzy pairs among reports shipped in the last 90 days of the data) and for
/// all time; against hand-written SQL grouping the shared tracking numbers, the cheapest part of the same work (the
/// floor, not an equivalent).
/// </summary>
internal static class CandidateDetection
{
    public static async Task RunAsync(ResultTable table, CancellationToken cancellationToken)
    {
        var databasePath = await DemoDatabase.PrepareAsync(MergesSuite.Name, cancellationToken);
        var services = new ServiceCollection();
        services.AddDbContextFactory<ParcelWatchDbContext>(options => options.UseSqlite($"Data Source={databasePath}"));
        await using var provider = services.BuildServiceProvider();
        var finder = new DuplicateCandidateFinder(provider.GetRequiredService<IDbContextFactory<ParcelWatchDbContext>>(), TimeProvider.System);

        var (floorCount, floor) = Time(() => SharedTrackingNumbers(databasePath));
        var recentSince = LastShippedOn(databasePath).AddDays(-DuplicateCandidateFinder.DefaultFuzzyDays);
        Console.WriteLine($"{MergesSuite.Name}: duplicate candidates over {DemoDatabase.Reports:N0} reports, fuzzy since {recentSince:yyyy-MM-dd}, then all time");
        await finder.FindAsync(recentSince, cancellationToken); // warm-up: JIT and the file in the page cache
        var (recentPairs, recent) = await TimeAsync(() => finder.FindAsync(recentSince, cancellationToken));
        var (allPairs, allTime) = await TimeAsync(() => finder.FindAsync(new DateOnly(2000, 1, 1), cancellationToken));

        table.Add(MergesSuite.Name, $"candidates over 1M reports, fuzzy in the last {DuplicateCandidateFinder.DefaultFuzzyDays} days (pairs found)", recentPairs.Count, recent, floor / recent);
        table.Add(MergesSuite.Name, "candidates over 1M reports, fuzzy over all time (pairs found)", allPairs.Count, allTime, floor / allTime);
        table.Add(MergesSuite.Name, "hand-written SQL: shared tracking numbers only (groups found)", floorCount, floor, 1);
        table.Note(string.Create(CultureInfo.InvariantCulture,
            $"{MergesSuite.Name}: duplicate candidates over 1M reports take {recent.TotalSeconds:F2} s for the queue's default window and {allTime.TotalSeconds:F2} s for all time (no target; the SQL row is a floor)"));
    }

    private static int SharedTrackingNumbers(string databasePath) =>
        Scalar(databasePath, "SELECT COUNT(*) FROM (SELECT TrackingNumber FROM ParcelReports GROUP BY TrackingNumber HAVING SUM(ModerationState = 0) > 1);", r => r.GetInt32(0));

    private static DateOnly LastShippedOn(string databasePath) =>
        Scalar(databasePath, "SELECT MAX(ShippedOn) FROM ParcelReports;", r => DateOnly.Parse(r.GetString(0), CultureInfo.InvariantCulture));

    private static T Scalar<T>(string databasePath, string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        return read(reader);
    }

    private static (T Result, TimeSpan Elapsed) Time<T>(Func<T> run)
    {
        var started = Stopwatch.GetTimestamp();
        var result = run();
        return (result, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> run)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await run();
        return (result, Stopwatch.GetElapsedTime(started));
    }
}
