using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>Inserts all events of one report with one statement, prepared once per number of events.</summary>
internal sealed class OutcomeEventsInsert(SqliteConnection connection) : IDisposable
{
    private const int ValuesPerEvent = 4;
    private readonly Dictionary<int, PreparedInsert> _byEventCount = [];

    public void Run(SqliteTransaction transaction, long reportId, string reporterId, IReadOnlyList<DemoEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        if (!_byEventCount.TryGetValue(events.Count, out var insert))
        {
            _byEventCount[events.Count] = insert = new PreparedInsert(connection, Sql(events.Count));
        }

        var values = new object?[2 + ValuesPerEvent * events.Count];
        values[0] = reportId;
        values[1] = reporterId;
        for (var i = 0; i < events.Count; i++)
        {
            var offset = 2 + ValuesPerEvent * i;
            values[offset] = (int)events[i].Kind;
            values[offset + 1] = events[i].OccurredOn;
            values[offset + 2] = events[i].Note;
            values[offset + 3] = events[i].CreatedAt;
        }

        insert.Run(transaction, values);
    }

    public void Dispose()
    {
        foreach (var insert in _byEventCount.Values)
        {
            insert.Dispose();
        }
    }

    // The rows are in the events' order, so their ids (and the order of same-day events) follow it.
    private static string Sql(int eventCount)
    {
        var sql = new StringBuilder("""INSERT INTO "OutcomeEvents" ("ParcelReportId", "CreatedById", "Kind", "OccurredOn", "Note", "CreatedAt") VALUES """);
        for (var i = 0; i < eventCount; i++)
        {
            sql.Append(i == 0 ? "" : ", ")
                .Append(CultureInfo.InvariantCulture, $"($reportId, $reporterId, $kind{i}, $occurredOn{i}, $note{i}, $createdAt{i})");
        }

        return sql.ToString();
    }
}
