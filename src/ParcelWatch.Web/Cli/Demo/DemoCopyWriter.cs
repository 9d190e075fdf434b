using Npgsql;
using NpgsqlTypes;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// The PostgreSQL side of <see cref="DemoDataWriter"/>: each transaction reserves its report ids from the identity
/// sequence, then streams the reports and their events with binary COPY (one round trip per table, not per row).
/// </summary>
internal static class DemoCopyWriter
{
    private const string CopyReports = """
        COPY "ParcelReports" ("Id", "ReporterId", "Shop", "OrderNumber", "TrackingNumber", "CarrierCode", "CustomsPointId",
            "Brand", "Model", "Category", "DeclarationText", "DeclaredValue", "Currency", "ShippedOn", "Outcome", "DaysHeld",
            "DecidedOn", "ModerationState", "CreatedAt", "UpdatedAt", "Version", "BrandKey", "DeclarationWording", "WordingClass")
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyEvents = """
        COPY "OutcomeEvents" ("ParcelReportId", "CreatedById", "Kind", "OccurredOn", "Note", "CreatedAt") FROM STDIN (FORMAT BINARY)
        """;

    private const string ReserveIds = """
        SELECT nextval(pg_get_serial_sequence('"ParcelReports"', 'Id'))::integer FROM generate_series(1, @count)
        """;

    public static DemoWriteResult Write(
        NpgsqlConnection connection, IEnumerable<DemoReport> reports, IReadOnlyList<string> reporterIds,
        Dictionary<string, int> pointIds, Action<int>? progress, CancellationToken cancellationToken)
    {
        var wordings = new Dictionary<string, (string Wording, int Class)>(StringComparer.Ordinal); // the scenario has few distinct texts
        int reportCount = 0, eventCount = 0;
        using var upcoming = BackgroundPrefetch.Prefetch(reports, cancellationToken).GetEnumerator();
        var more = upcoming.MoveNext();
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new List<DemoReport>(DemoDataWriter.ReportsPerTransaction);
            for (; more && batch.Count < DemoDataWriter.ReportsPerTransaction; more = upcoming.MoveNext())
            {
                batch.Add(upcoming.Current);
            }

            using var transaction = connection.BeginTransaction();
            var ids = Reserve(connection, batch.Count);
            using (var copy = connection.BeginBinaryImport(CopyReports))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var r = batch[i];
                    var wording = DemoWordingKeys.Of(wordings, r.DeclarationText);
                    copy.StartRow();
                    copy.Write(ids[i], NpgsqlDbType.Integer);
                    copy.Write(reporterIds[r.ReporterIndex], NpgsqlDbType.Text);
                    copy.Write((int)r.Shop, NpgsqlDbType.Integer);
                    copy.Write(r.OrderNumber, NpgsqlDbType.Text);
                    copy.Write(r.TrackingNumber, NpgsqlDbType.Text);
                    WriteOrNull(copy, r.CarrierCode, NpgsqlDbType.Text);
                    copy.Write(pointIds[r.CustomsPointCode], NpgsqlDbType.Integer);
                    WriteOrNull(copy, r.Brand, NpgsqlDbType.Text);
                    copy.Write(r.Model, NpgsqlDbType.Text);
                    copy.Write((int)r.Category, NpgsqlDbType.Integer);
                    copy.Write(r.DeclarationText, NpgsqlDbType.Text);
                    copy.Write(r.DeclaredValue, NpgsqlDbType.Numeric);
                    copy.Write(r.Currency, NpgsqlDbType.Text);
                    copy.Write(r.ShippedOn, NpgsqlDbType.Date);
                    copy.Write((int)r.Outcome, NpgsqlDbType.Integer);
                    WriteOrNull(copy, r.DaysHeld, NpgsqlDbType.Integer);
                    WriteOrNull(copy, r.DecidedOn, NpgsqlDbType.Date);
                    copy.Write(0, NpgsqlDbType.Integer); // Visible
                    copy.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
                    copy.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
                    copy.Write(r.Version, NpgsqlDbType.Integer);
                    WriteOrNull(copy, SearchKeys.Brand(r.Brand), NpgsqlDbType.Text);
                    copy.Write(wording.Wording, NpgsqlDbType.Text);
                    copy.Write(wording.Class, NpgsqlDbType.Integer);
                    if (++reportCount % DemoDataWriter.ProgressInterval == 0)
                    {
                        progress?.Invoke(reportCount);
                    }
                }

                copy.Complete();
            }

            using (var copy = connection.BeginBinaryImport(CopyEvents))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    foreach (var e in batch[i].Events) // in the events' order, so their ids follow it
                    {
                        copy.StartRow();
                        copy.Write(ids[i], NpgsqlDbType.Integer);
                        copy.Write(reporterIds[batch[i].ReporterIndex], NpgsqlDbType.Text);
                        copy.Write((int)e.Kind, NpgsqlDbType.Integer);
                        copy.Write(e.OccurredOn, NpgsqlDbType.Date);
                        WriteOrNull(copy, e.Note, NpgsqlDbType.Text);
                        copy.Write(e.CreatedAt, NpgsqlDbType.TimestampTz);
                        eventCount++;
                    }
                }

                copy.Complete();
            }

            transaction.Commit();
        }

        return new DemoWriteResult(reportCount, eventCount);
    }

    private static List<int> Reserve(NpgsqlConnection connection, int count)
    {
        using var command = new NpgsqlCommand(ReserveIds, connection);
        command.Parameters.AddWithValue("count", count);
        using var reader = command.ExecuteReader();
        var ids = new List<int>(count);
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }
}
