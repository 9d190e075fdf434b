using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// Bulk-inserts generated reports and their events on the DbContext's own connection; on PostgreSQL with binary COPY
/// (<see cref="DemoCopyWriter"/>), on SQLite with raw Microsoft.Data.Sqlite:
/// prepared INSERT commands reused for every report (one for the report, one for all its events), one transaction per
/// <see cref="ReportsPerTransaction"/> reports, while a second thread generates the reports ahead.
/// Values are bound as CLR values, so they are stored exactly as EF Core stores them (dates and decimals as TEXT).
/// For the duration of the load only, <c>synchronous=OFF</c> and a larger page cache; both are restored afterwards.
/// </summary>
public sealed class DemoDataWriter(ParcelWatchDbContext db)
{
    public const int ReportsPerTransaction = 10_000;
    public const int ProgressInterval = 1_000;
    private const int BulkCacheKibibytes = 512 * 1024;

    private const string InsertReportSql = """
        INSERT INTO "ParcelReports" ("Id", "ReporterId", "Shop", "OrderNumber", "TrackingNumber", "CarrierCode",
            "CustomsPointId", "Brand", "Model", "Category", "DeclarationText", "DeclaredValue", "Currency", "ShippedOn",
            "Outcome", "DaysHeld", "DecidedOn", "ModerationState", "DuplicateOfId", "CreatedAt", "UpdatedAt", "Version",
            "BrandKey", "DeclarationWording", "WordingClass")
        VALUES ($id, $reporterId, $shop, $orderNumber, $trackingNumber, $carrierCode, $customsPointId, $brand, $model,
            $category, $declarationText, $declaredValue, $currency, $shippedOn, $outcome, $daysHeld, $decidedOn, 0, NULL,
            $createdAt, $updatedAt, $version, $brandKey, $declarationWording, $wordingClass)
        """;

    // Ids are given under the write lock of each transaction: above both the highest id and the AUTOINCREMENT
    // sequence, so that an id of a deleted report is never used again (as AUTOINCREMENT promises).
    private const string NextReportIdSql = """
        SELECT MAX(IFNULL((SELECT MAX("Id") FROM "ParcelReports"), 0),
                   IFNULL((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'ParcelReports'), 0)) + 1
        """;

    /// <summary>
    /// Inserts every report of <paramref name="reports"/>, reported by <c>reporterIds[report.ReporterIndex]</c>.
    /// <paramref name="progress"/> gets the number of reports written so far, every 1,000 reports.
    /// A failure or cancellation rolls back the current transaction; earlier transactions stay committed.
    /// </summary>
    public DemoWriteResult Write(
        IEnumerable<DemoReport> reports, IReadOnlyList<string> reporterIds, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(reporterIds);
        var pointIds = db.CustomsPoints.AsNoTracking().ToDictionary(p => p.Code, p => p.Id, StringComparer.Ordinal);
        if (DemoScenario.Points.FirstOrDefault(p => !pointIds.ContainsKey(p.Code)) is { } missing)
        {
            throw new InvalidOperationException($"The customs point '{missing.Code}' of the demo scenario is not in the database.");
        }

        db.Database.OpenConnection();
        if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
        {
            try
            {
                return DemoCopyWriter.Write(postgres, reports, reporterIds, pointIds, progress, cancellationToken);
            }
            finally
            {
                db.Database.CloseConnection();
            }
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var synchronous = Scalar(connection, null, "PRAGMA synchronous");
        var cacheSize = Scalar(connection, null, "PRAGMA cache_size");
        try
        {
            Execute(connection, "PRAGMA synchronous = OFF");
            Execute(connection, $"PRAGMA cache_size = -{BulkCacheKibibytes}");
            using var deferred = DeferredIndexes.DropIfEmpty(connection);
            return Insert(connection, reports, reporterIds, pointIds, progress, cancellationToken);
        }
        finally
        {
            Execute(connection, $"PRAGMA synchronous = {synchronous}");
            Execute(connection, $"PRAGMA cache_size = {cacheSize}");
            db.Database.CloseConnection();
        }
    }

    private static DemoWriteResult Insert(
        SqliteConnection connection, IEnumerable<DemoReport> reports, IReadOnlyList<string> reporterIds,
        Dictionary<string, int> pointIds, Action<int>? progress, CancellationToken cancellationToken)
    {
        using var reportInsert = new PreparedInsert(connection, InsertReportSql);
        var wordings = new Dictionary<string, (string Wording, int Class)>(StringComparer.Ordinal); // the scenario has few distinct texts
        using var eventsInsert = new OutcomeEventsInsert(connection);
        int reportCount = 0, eventCount = 0;
        using var upcoming = BackgroundPrefetch.Prefetch(reports, cancellationToken).GetEnumerator();
        var more = upcoming.MoveNext();
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction(deferred: false);
            var id = Scalar(connection, transaction, NextReportIdSql);
            for (var inTransaction = 0; more && inTransaction < ReportsPerTransaction; inTransaction++, id++)
            {
                var report = upcoming.Current;
                var reporterId = reporterIds[report.ReporterIndex];
                var wording = DemoWordingKeys.Of(wordings, report.DeclarationText);
                reportInsert.Run(transaction, id, reporterId, (int)report.Shop, report.OrderNumber, report.TrackingNumber,
                    report.CarrierCode, pointIds[report.CustomsPointCode], report.Brand, report.Model, (int)report.Category,
                    report.DeclarationText, report.DeclaredValue, report.Currency, report.ShippedOn, (int)report.Outcome,
                    report.DaysHeld, report.DecidedOn, report.CreatedAt, report.UpdatedAt, report.Version, SearchKeys.Brand(report.Brand),
                    wording.Wording, wording.Class);
                eventsInsert.Run(transaction, id, reporterId, report.Events);
                eventCount += report.Events.Count;
                if (++reportCount % ProgressInterval == 0)
                {
                    progress?.Invoke(reportCount);
                }

                more = upcoming.MoveNext();
            }

            transaction.Commit();
        }

        return new DemoWriteResult(reportCount, eventCount);
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
