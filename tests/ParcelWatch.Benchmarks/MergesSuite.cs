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
/// only ArrivedAtCustoms) merged one request each through <c>POST /api/v1/moderation/merges</c> by a moderator, and,
/// in the same run on the same file, 1,000 other pairs merged by hand-written SQL doing the same work per pair in one
/// transaction (read both, move the events the canonical lacks, update both reports with recomputed outcomes, insert
/// the merge and its audit entry), with the app's own domain rules deciding what moves.
/// </summary>
internal static class MergesSuite
{
    public const string Name = "merges";
    public const double TargetMillisecondsPerBatch = 50;
    public const double TargetRatio = 1.5;

    private const string ModeratorEmail = "moderator@example.org";

    /// <summary>Untimed merges first, so that the JIT has compiled the path (the very first merge takes 300 ms).</summary>
    private const int WarmUpPairs = 200;

    public static async Task RunAsync(ResultTable table, int pairs, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-merges-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "merges.db");
            Console.WriteLine($"{Name}: migrating and inserting {(2 * pairs) + WarmUpPairs} pairs of duplicate reports with their events");
            await AppUnderTest.MigrateAsync(folder.FullName, databasePath, cancellationToken);
            var requests = ParcelsPostSuite.NewRequests((2 * pairs) + WarmUpPairs)
                .SelectMany(r => new[] { r, r with { OrderNumber = null } })
                .ToList();
            RawSqliteInsert.Run(databasePath, requests, cancellationToken);
            using (var connection = Open(databasePath))
            {
                AddEvents(connection);
            }

            var ids = ReportIds(databasePath);
            var httpIds = ids[..(2 * (pairs + WarmUpPairs))];
            var (http, latencies) = await MergeOverHttpAsync(folder.FullName, databasePath, httpIds, cancellationToken);
            var raw = MergeBySql(databasePath, ids[(2 * (pairs + WarmUpPairs))..]);

            var ratio = http.TotalSeconds / raw.TotalSeconds;
            table.Add(Name, "POST /api/v1/moderation/merges, one pair per request", pairs, http, ResultTable.Rate(pairs, http) / ResultTable.Rate(pairs, raw));
            table.Add(Name, "hand-written SQL merge, one pair per transaction", pairs, raw, 1);
            Array.Sort(latencies);
            double Ms(double q) => latencies[(int)Math.Min(latencies.Length - 1, q * latencies.Length)].TotalMilliseconds;
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"target: each merge under {TargetMillisecondsPerBatch} ms: {(Ms(1) < TargetMillisecondsPerBatch ? "PASS" : "MISS")} (p50 {Ms(0.5):F1} ms, p95 {Ms(0.95):F1} ms, max {Ms(1):F1} ms)"));
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"target: within {TargetRatio}x of hand-written SQL: {(ratio <= TargetRatio ? "PASS" : "MISS")} (app takes {ratio:F2}x the time)"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
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

    private static async Task<(TimeSpan Elapsed, TimeSpan[] Latencies)> MergeOverHttpAsync(
        string folder, string databasePath, long[] ids, CancellationToken cancellationToken)
    {
        await using var app = await AppUnderTest.StartAsync(folder, databasePath, cancellationToken);
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

        Console.WriteLine($"{Name}: merging {ids.Length / 2} pairs over HTTP, one request each, the first {WarmUpPairs} untimed");
        var latencies = new TimeSpan[(ids.Length / 2) - WarmUpPairs];
        var started = Stopwatch.GetTimestamp();
        for (var pair = 0; pair < ids.Length / 2; pair++)
        {
            if (pair == WarmUpPairs)
            {
                started = Stopwatch.GetTimestamp();
            }

            var begun = Stopwatch.GetTimestamp();
            var body = new { canonicalId = ids[2 * pair], duplicateIds = new[] { ids[(2 * pair) + 1] }, reason = "same tracking number" };
            using var response = await http.PostAsJsonAsync(new Uri("/api/v1/moderation/merges", UriKind.Relative), body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"merge answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            if (pair >= WarmUpPairs)
            {
                latencies[pair - WarmUpPairs] = Stopwatch.GetElapsedTime(begun);
            }
        }

        return (Stopwatch.GetElapsedTime(started), latencies);
    }

    private static TimeSpan MergeBySql(string databasePath, long[] ids)
    {
        Console.WriteLine($"{Name}: merging {ids.Length / 2} pairs with hand-written SQL, one transaction each");
        using var connection = Open(databasePath);
        var started = Stopwatch.GetTimestamp();
        for (var pair = 0; pair < ids.Length / 2; pair++)
        {
            MergePair(connection, ids[2 * pair], ids[(2 * pair) + 1]);
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static void MergePair(SqliteConnection connection, long canonicalId, long duplicateId)
    {
        using var transaction = connection.BeginTransaction();
        var canonical = Events(connection, canonicalId);
        var duplicate = Events(connection, duplicateId);
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
        transaction.Commit();
    }

    private static List<(long Id, OutcomeEventFact Fact)> Events(SqliteConnection connection, long reportId)
    {
        using var command = connection.CreateCommand();
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
