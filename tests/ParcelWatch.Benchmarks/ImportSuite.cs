using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.Data.Sqlite;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>import</c>: a CSV of N reports (1,000,000 by default) uploaded to <c>POST /api/v1/import/csv</c> of the Release
/// app and imported by its background job (parse, the API's validation, duplicate lookups, batched EF Core inserts),
/// timed from the first byte uploaded to the job's end; in the same run, a raw batched SQLite insert of the same
/// rows (<see cref="RawSqliteInsert"/>). The server's resident memory is sampled throughout (flat memory).
/// </summary>
internal static class ImportSuite
{
    public const string Name = "import";
    public const double TargetRatio = 0.40;

    private const string Password = ParcelPostLoad.Password;

    public static async Task RunAsync(ResultTable table, int reports, CancellationToken cancellationToken)
    {
        var rows = ParcelsPostSuite.NewRequests(reports);
        var folder = Directory.CreateTempSubdirectory("parcelwatch-bench-import-");
        try
        {
            var csvPath = Path.Combine(folder.FullName, "sheet.csv");
            WriteCsv(csvPath, rows);
            Console.WriteLine($"{Name}: {reports:N0} rows, {new FileInfo(csvPath).Length / 1048576.0:F1} MB of CSV");
            var (elapsed, memory) = await MeasureImportAsync(table, folder.FullName, csvPath, reports, cancellationToken);

            Console.WriteLine($"{Name}: raw baseline: inserting the same {reports:N0} rows in transactions of {RawSqliteInsert.BatchSize}");
            var rawPath = Path.Combine(folder.FullName, "raw.db");
            await AppUnderTest.MigrateAsync(folder.FullName, AppDatabase.Sqlite(rawPath), cancellationToken);
            var raw = RawSqliteInsert.Run(rawPath, rows, cancellationToken);

            var ratio = raw / elapsed;
            table.Add(Name, "CSV import over HTTP (upload + background job)", reports, elapsed, ratio);
            table.Add(Name, $"raw SQLite INSERT, WAL, {RawSqliteInsert.BatchSize} rows/transaction", reports, raw, 1);
            table.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Name}, target ≥ {TargetRatio:P0} of the raw insert: {(ratio >= TargetRatio ? "PASS" : "MISS")} (measured {ratio:P0}); {memory}"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void WriteCsv(string path, List<ParcelRequest> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "Shop", "Order number", "Tracking number", "Customs point", "Brand", "Model", "Category", "Declaration", "Value", "Currency", "Shipped" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in new object?[] { row.Shop, row.OrderNumber, row.TrackingNumber, row.CustomsPointCode, row.Brand, row.Model, row.Category, row.DeclarationText, row.DeclaredValue, row.Currency, row.ShippedOn })
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    private static async Task<(TimeSpan Elapsed, string Memory)> MeasureImportAsync(ResultTable table, string folder, string csvPath, int reports, CancellationToken cancellationToken)
    {
        var databasePath = Path.Combine(folder, "app.db");
        await using var app = await AppUnderTest.StartAsync(folder, AppDatabase.Sqlite(databasePath), cancellationToken);
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        var credentials = new { email = "importer@example.org", password = Password };
        (await http.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), credentials, cancellationToken)).EnsureSuccessStatusCode();
        await AppUnderTest.RunVerbAsync(folder, AppDatabase.Sqlite(databasePath), TimeSpan.FromMinutes(1), cancellationToken, "users", "grant-role", credentials.email, "Volunteer");
        using var login = await http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), credentials, cancellationToken);
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var before = app.Memory().Resident;
        app.ResetPeakMemory();
        Console.WriteLine($"{Name}: uploading and importing (server resident memory before: {before / 1048576} MB)");
        var profile = await ServerProfile.StartAsync(table, app, Name, TimeSpan.FromSeconds(45), cancellationToken);
        var started = Stopwatch.GetTimestamp();
        using var form = new MultipartFormDataContent();
        await using var file = File.OpenRead(csvPath);
        form.Add(new StreamContent(file), "file", "sheet.csv");
        using var accepted = await http.PostAsync(new Uri("/api/v1/import/csv", UriKind.Relative), form, cancellationToken);
        var jobUrl = new Uri($"/api/v1/import/{(await accepted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()}", UriKind.Relative);
        JsonElement job;
        do
        {
            await Task.Delay(250, cancellationToken);
            job = await http.GetFromJsonAsync<JsonElement>(jobUrl, cancellationToken);
        }
        while (job.GetProperty("state").GetString() is "Queued" or "Running");

        var elapsed = Stopwatch.GetElapsedTime(started);
        var (resident, peak) = app.Memory();
        if (profile is not null)
        {
            await profile.DisposeAsync();
        }

        if (job.GetProperty("state").GetString() != "Completed" || job.GetProperty("rowsInserted").GetInt32() != reports)
        {
            throw new InvalidOperationException($"The import did not insert every row: {job}");
        }

        return (elapsed, string.Create(CultureInfo.InvariantCulture,
            $"server resident memory {before / 1048576} MB before, peak {peak / 1048576} MB during, {resident / 1048576} MB after; job {job.GetProperty("rowsPerSecond").GetDouble():N0} rows/s by its own clock"));
    }
}
