using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// The baseline: the same rows written straight into <c>ParcelReports</c> of a freshly migrated file, with
/// Microsoft.Data.Sqlite in WAL mode, one prepared INSERT, 1000 rows per transaction. No HTTP, no EF Core,
/// no validation: what SQLite itself does on this machine.
/// </summary>
internal static class RawSqliteInsert
{
    public const int BatchSize = 1000;

    private const string ReporterId = "00000000-0000-0000-0000-0000000000be";

    private static readonly string[] Columns =
    [
        "ReporterId", "Shop", "OrderNumber", "TrackingNumber", "CarrierCode", "CustomsPointId", "Brand", "Model", "Category",
        "DeclarationText", "DeclaredValue", "Currency", "ShippedOn", "Outcome", "DaysHeld", "DecidedOn", "ModerationState",
        "DuplicateOfId", "CreatedAt", "UpdatedAt", "Version",
    ];

    /// <summary>Inserts <paramref name="rows"/> and returns the time from the first BEGIN to the last COMMIT.</summary>
    public static TimeSpan Run(string databasePath, IReadOnlyList<ParcelRequest> rows, CancellationToken cancellationToken)
    {
        using var connection = Open(databasePath, SqliteOpenMode.ReadWrite);
        if (Scalar(connection, "PRAGMA journal_mode=WAL;") is not "wal")
        {
            throw new InvalidOperationException("SQLite did not switch to WAL mode.");
        }

        // A reporter for the foreign key: a minimal user row (every NOT NULL column of AspNetUsers).
        Execute(connection, $"""
            INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
            VALUES ('{ReporterId}', 'bench@example.org', 'BENCH@EXAMPLE.ORG', 'bench@example.org', 'BENCH@EXAMPLE.ORG', 0, 0, 0, 1, 0);
            """);

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO ParcelReports ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))});";
        var p = Columns.ToDictionary(c => c, c => insert.Parameters.Add("$" + c, SqliteType.Text));
        insert.Prepare();

        // Values the app would derive: the reporter, the customs point's id, the carrier from the S10 suffix.
        p["ReporterId"].Value = ReporterId;
        p["Outcome"].Value = (int)Outcome.Pending;
        p["DaysHeld"].Value = DBNull.Value;
        p["DecidedOn"].Value = DBNull.Value;
        p["ModerationState"].Value = (int)ModerationState.Visible;
        p["DuplicateOfId"].Value = DBNull.Value;
        p["Version"].Value = 1;
        var customsPoints = CustomsPointIds(connection);

        var started = Stopwatch.GetTimestamp();
        for (var first = 0; first < rows.Count; first += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            for (var i = first; i < Math.Min(first + BatchSize, rows.Count); i++)
            {
                var row = rows[i];
                var now = DateTime.UtcNow;
                p["Shop"].Value = (int)Enum.Parse<Shop>(row.Shop!);
                p["OrderNumber"].Value = (object?)row.OrderNumber ?? DBNull.Value;
                p["TrackingNumber"].Value = row.TrackingNumber!;
                p["CarrierCode"].Value = row.CarrierCode ?? row.TrackingNumber![^2..];
                p["CustomsPointId"].Value = customsPoints[row.CustomsPointCode!];
                p["Brand"].Value = (object?)row.Brand ?? DBNull.Value;
                p["Model"].Value = (object?)row.Model ?? DBNull.Value;
                p["Category"].Value = (int)Enum.Parse<ProductCategory>(row.Category!);
                p["DeclarationText"].Value = row.DeclarationText!;
                p["DeclaredValue"].Value = (object?)row.DeclaredValue ?? DBNull.Value;
                p["Currency"].Value = (object?)row.Currency ?? DBNull.Value;
                p["ShippedOn"].Value = row.ShippedOn is { } shipped ? DateOnly.Parse(shipped, CultureInfo.InvariantCulture) : DBNull.Value;
                p["CreatedAt"].Value = now;
                p["UpdatedAt"].Value = now;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var stored = CountReports(databasePath);
        return stored == rows.Count
            ? elapsed
            : throw new InvalidOperationException($"The raw insert stored {stored} rows instead of {rows.Count}.");
    }

    /// <summary>How many parcel reports a database file holds (read-only; works while the app is running).</summary>
    public static long CountReports(string databasePath)
    {
        using var connection = Open(databasePath, SqliteOpenMode.ReadOnly);
        return (long)Scalar(connection, "SELECT COUNT(*) FROM ParcelReports;")!;
    }

    /// <summary>The seeded catalogue, code to id (the app looks the id up in the validator).</summary>
    private static Dictionary<string, long> CustomsPointIds(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Code, Id FROM CustomsPoints;";
        using var reader = command.ExecuteReader();
        var ids = new Dictionary<string, long>();
        while (reader.Read())
        {
            ids[reader.GetString(0)] = reader.GetInt64(1);
        }

        return ids;
    }

    private static SqliteConnection Open(string databasePath, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
