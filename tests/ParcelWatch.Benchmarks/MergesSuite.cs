using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>merges</c>: 1,000 duplicate pairs (same tracking number; the duplicate holds Held and Returned, the canonical
/// only ArrivedAtCustoms) merged by a moderator through the API, and, in the same run on the same file, 1,000 other
/// pairs merged by hand-written SQL doing the same work (read both reports' events, move the events the canonical
/// lacks, update both reports with recomputed outcomes, insert the merge and its audit entry), with the app's own
/// domain rules deciding what moves. Two shapes: one pair per request (a moderator clicking Merge) against one pair
/// per transaction, and <see cref="BatchPairs"/> pairs per request (<c>POST /api/v1/moderation/merges/batch</c>)
/// against as many pairs per transaction. The targets apply to the batch.
/// </summary>
internal static class MergesSuite
{
    public const string Name = "merges";
    public const double TargetMillisecondsPerBatch = 50;
    public const double TargetRatio = 1.5;
    public const int BatchPairs = 100;

    private const string ModeratorEmail = "moderator@example.org";

    /// <summary>Untimed merges first, so that the JIT has compiled the path (the very first merge takes 300 ms).</summary>
    private const int WarmUpPairs = 200;

    public static async Task RunAsync(ResultTable table, int pairs, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-merges-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "merges.db");
            var shapes = new[] { 1, BatchPairs };
            var block = pairs + WarmUpPairs;
            Console.WriteLine($"{Name}: migrating and inserting {2 * shapes.Length * block} pairs of duplicate reports with their events");
            await AppUnderTest.MigrateAsync(folder.FullName, AppDatabase.Sqlite(databasePath), cancellationToken);
            var requests = ParcelsPostSuite.NewRequests(2 * shapes.Length * block)
                .SelectMany(r => new[] { r, r with { OrderNumber = null } })
                .ToList();
            RawSqliteInsert.Run(databasePath, requests, cancellationToken);
            using (var connection = Open(databasePath))
            {
                AddEvents(connection);
            }

            // Each shape gets its own pairs: a block for HTTP (warm-up first), then a block for SQL.
            var all = Pairs(ReportIds(databasePath));
            var httpPairs = shapes.Select((_, i) => all.GetRange(2 * i * block, block)).ToList();
            var http = await MergeOverHttpAsync(folder.FullName, databasePath, shapes.Zip(httpPairs).ToList(), cancellationToken);
            for (var i = 0; i < shapes.Length; i++)
            {
                var (elapsed, latencies) = http[i];
                var raw = MergeBySql(databasePath, all.GetRange(((2 * i) + 1) * block, pairs), shapes[i]);
                Report(table, pairs, shapes[i], elapsed, latencies, raw);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void Report(ResultTable table, int pairs, int batch, TimeSpan http, TimeSpan[] latencies, TimeSpan raw)
    {
        var shape = batch == 1 ? "one pair per request" : $"{batch} pairs per request (batch)";
        table.Add(Name, $"POST /api/v1/moderation/merges{(batch == 1 ? "" : "/batch")}, {shape}", pairs, http, ResultTable.Rate(pairs, http) / ResultTable.Rate(pairs, raw));
        table.Add(Name, $"hand-written SQL merge, {(batch == 1 ? "one pair" : $"{batch} pairs")} per transaction", pairs, raw, 1);
        Array.Sort(latencies);
        double Ms(double q) => latencies[(int)Math.Min(latencies.Length - 1, q * latencies.Length)].TotalMilliseconds;
        var ratio = http.TotalSeconds / raw.TotalSeconds;
        var times = string.Create(CultureInfo.InvariantCulture, $"p50 {Ms(0.5):F1} ms, p95 {Ms(0.95):F1} ms, max {Ms(1):F1} ms per request; app takes {ratio:F2}x the time of SQL");
        table.Note(batch == 1
            ? $"{Name}, one pair per request: {times}"
            : string.Create(CultureInfo.InvariantCulture,
                $"{Name}, target: each batch of {batch} pairs under {TargetMillisecondsPerBatch} ms: {(Ms(1) < TargetMillisecondsPerBatch ? "PASS" : "MISS")}; within {TargetRatio}x of hand-written SQL: {(ratio <= TargetRatio ? "PASS" : "MISS")} ({times})"));
    }

    private static List<(long Canonical, long Duplicate)> Pairs(long[] ids)
    {
        var pairs = new List<(long, long)>(ids.Length / 2);
        for (var i = 0; i + 1 < ids.Length; i += 2)
        {
            pairs.Add((ids[i], ids[i + 1]));
        }

        return pairs;
    }

    private static void AddEvents(SqliteConnection connection)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        Execute(connection, $"""
            INSERT INTO OutcomeEvents (ParcelReportId, Kind, OccurredOn, CreatedAt, CreatedById)
                SELECT Id, {(int)OutcomeEventKind.ArrivedAtCustoms}, '2017-04-10', '{now}', ReporterId FROM ParcelReports WHERE OrderNumber IS NOT NULL;
            INSERT INTO OutcomeEvents (ParcelReportId, Kind, OccurredOn, CreatedAt, CreatedById)
                SELECT Id, {(int)OutcomeEventKind.Held}, '2017-04-10', '{now}', ReporterId FROM ParcelReports WHERE OrderNumber IS NULL;
            INSERT INTO OutcomeEvents (ParcelReportId, Kind, OccurredOn, CreatedAt, CreatedById)
                SELECT Id, {(int)OutcomeEventKind.Returned}, '2017-04-24', '{now}', ReporterId FROM ParcelReports WHERE OrderNumber IS NULL;
            UPDATE ParcelReports SET Outcome = {(int)Outcome.Returned}, DaysHeld = 14, DecidedOn = '2017-04-24' WHERE OrderNumber IS NULL;
            """);
    }

    /// <summary>For each shape (pairs per request, its pairs): the time of the timed pairs and each request's latency.</summary>
    private static async Task<List<(TimeSpan Elapsed, TimeSpan[] Latencies)>> MergeOverHttpAsync(
        string folder, string databasePath, List<(int Batch, List<(long Canonical, long Duplicate)> Pairs)> shapes, CancellationToken cancellationToken)
    {
        await using var app = await AppUnderTest.StartAsync(folder, AppDatabase.Sqlite(databasePath), cancellationToken);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var credentials = new { email = ModeratorEmail, password = ParcelPostLoad.Password };
        (await http.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), credentials, cancellationToken)).EnsureSuccessStatusCode();
        using (var connection = Open(databasePath))
        {
            Execute(connection, $"""
                INSERT INTO AspNetUserRoles (UserId, RoleId)
                    SELECT u.Id, r.Id FROM AspNetUsers u, AspNetRoles r WHERE u.Email = '{ModeratorEmail}' AND r.Name = '{Roles.Moderator}';
                """);
        }

        using var login = await http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), credentials, cancellationToken);
        using var token = JsonDocument.Parse(await login.EnsureSuccessStatusCode().Content.ReadAsStringAsync(cancellationToken));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());

        var results = new List<(TimeSpan, TimeSpan[])>();
        foreach (var (batch, pairs) in shapes)
        {
            Console.WriteLine($"{Name}: merging {pairs.Count} pairs over HTTP, {batch} per request, the first {WarmUpPairs} untimed");
            var latencies = new List<TimeSpan>();
            var started = Stopwatch.GetTimestamp();
            for (var first = 0; first < pairs.Count; first += batch)
            {
                if (first == WarmUpPairs)
                {
                    started = Stopwatch.GetTimestamp();
                }

                var begun = Stopwatch.GetTimestamp();
                await PostMergesAsync(http, pairs.Skip(first).Take(batch).ToList(), cancellationToken);
                if (first >= WarmUpPairs)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(begun));
                }
            }

            results.Add((Stopwatch.GetElapsedTime(started), [.. latencies]));
        }

        return results;
    }

    private static async Task PostMergesAsync(HttpClient http, List<(long Canonical, long Duplicate)> pairs, CancellationToken cancellationToken)
    {
        var merges = pairs.Select(p => new { canonicalId = p.Canonical, duplicateIds = new[] { p.Duplicate }, reason = "same tracking number" }).ToList();
        using var response = pairs.Count == 1
            ? await http.PostAsJsonAsync(new Uri("/api/v1/moderation/merges", UriKind.Relative), merges[0], cancellationToken)
            : await http.PostAsJsonAsync(new Uri("/api/v1/moderation/merges/batch", UriKind.Relative), new { merges }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"merge answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static TimeSpan MergeBySql(string databasePath, List<(long Canonical, long Duplicate)> pairs, int batch)
    {
        Console.WriteLine($"{Name}: merging {pairs.Count} pairs with hand-written SQL, {batch} per transaction");
        using var connection = Open(databasePath);
        var started = Stopwatch.GetTimestamp();
        foreach (var chunk in pairs.Chunk(batch))
        {
            using var transaction = connection.BeginTransaction();
            foreach (var (canonical, duplicate) in chunk)
            {
                MergePair(connection, transaction, canonical, duplicate);
            }

            transaction.Commit();
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static void MergePair(SqliteConnection connection, SqliteTransaction transaction, long canonicalId, long duplicateId)
    {
        var canonical = Events(connection, transaction, canonicalId);
        var duplicate = Events(connection, transaction, duplicateId);
        var moved = EventMerge.EventsToMove(canonical.Select(e => e.Fact).ToList(), duplicate.Select(e => e.Fact).ToList())
            .Select(i => duplicate[i]).ToList();
        var canonicalSummary = OutcomeRules.Derive([.. canonical.Select(e => e.Fact), .. moved.Select(e => e.Fact)]);
        var duplicateSummary = OutcomeRules.Derive(duplicate.Except(moved).Select(e => e.Fact).ToList());
        var movedIds = string.Join(",", moved.Select(e => e.Id));
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var details = JsonSerializer.Serialize(new { canonicalId, duplicateId, movedEventIds = moved.Select(e => e.Id) });
        Execute(connection, $"""
            UPDATE OutcomeEvents SET ParcelReportId = {canonicalId} WHERE Id IN ({movedIds});
            UPDATE ParcelReports SET ModerationState = {(int)ModerationState.Duplicate}, DuplicateOfId = {canonicalId},
                Outcome = {(int)duplicateSummary.Outcome}, DaysHeld = {Sql(duplicateSummary.DaysHeld)}, DecidedOn = {Sql(duplicateSummary.DecidedOn)},
                UpdatedAt = '{now}', Version = Version + 1 WHERE Id = {duplicateId} AND ModerationState = {(int)ModerationState.Visible};
            UPDATE ParcelReports SET Outcome = {(int)canonicalSummary.Outcome}, DaysHeld = {Sql(canonicalSummary.DaysHeld)},
                DecidedOn = {Sql(canonicalSummary.DecidedOn)}, UpdatedAt = '{now}', Version = Version + 1 WHERE Id = {canonicalId};
            INSERT INTO Merges (CanonicalId, DuplicateId, ModeratorId, At, Reason, MovedEventIds, Version)
                VALUES ({canonicalId}, {duplicateId}, 'bench', '{now}', 'same tracking number', '[{movedIds}]', 0);
            INSERT INTO AuditEntries (At, ActorId, Action, EntityType, EntityId, Details)
                VALUES ('{now}', 'bench', 'merge', 'merge', last_insert_rowid(), '{details}');
            """, transaction);
    }

    private static List<(long Id, OutcomeEventFact Fact)> Events(SqliteConnection connection, SqliteTransaction transaction, long reportId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT Id, Kind, OccurredOn FROM OutcomeEvents WHERE ParcelReportId = {reportId};";
        using var reader = command.ExecuteReader();
        var events = new List<(long, OutcomeEventFact)>();
        while (reader.Read())
        {
            events.Add((reader.GetInt64(0), new OutcomeEventFact((OutcomeEventKind)reader.GetInt32(1), DateOnly.Parse(reader.GetString(2), CultureInfo.InvariantCulture))));
        }

        return events;
    }

    private static long[] ReportIds(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM ParcelReports ORDER BY Id;";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return [.. ids];
    }

    private static string Sql<T>(T? value)
        where T : struct, IFormattable =>
        value is { } v ? $"'{v.ToString(v is DateOnly ? "yyyy-MM-dd" : null, CultureInfo.InvariantCulture)}'" : "NULL";

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
