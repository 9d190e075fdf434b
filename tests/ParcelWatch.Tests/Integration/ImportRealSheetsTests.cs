using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Volunteer sheets as they really are (<see cref="VolunteerSheets"/>) import without hand-work; the dry run shows what
/// would happen, stores nothing, and gives the counts the real import then reaches.
/// </summary>
public sealed class ImportRealSheetsTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const int Inserted = VolunteerSheets.GoodRows - VolunteerSheets.MisspelledPointRows;

    [Fact]
    public async Task A_russian_excel_csv_previews_with_nothing_stored_and_then_imports_the_same_counts_with_no_manual_step()
    {
        var volunteer = await VolunteerAsync("ru");
        var sheet = VolunteerSheets.Csv1251(firstSerial: 60_000_000);
        var before = StoredCounts();
        var filesBefore = ImportFiles();

        var dryRun = await DryRunAsync(volunteer, sheet, "учёт.csv");

        Assert.Equal(before, StoredCounts());
        Assert.Equal(filesBefore, ImportFiles());
        Assert.Equal(("windows-1251", ";", "dd.MM.yyyy"), (Text(dryRun, "encoding"), Text(dryRun, "delimiter"), Text(dryRun, "dateFormat")));
        var fields = dryRun.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("index").GetInt32(), c => c.GetProperty("field").GetString());
        Assert.Equal(("trackingNumber", "model", "customsPoint", "arrivedOn", "outcome", "outcomeOn"), (fields[1], fields[3], fields[7], fields[8], fields[9], fields[10]));
        Assert.Equal((null, null, null, null), (fields[0], fields[11], fields[12], fields[13])); // №, comments, blank trailing columns
        Assert.True((VolunteerSheets.Rows, Inserted, 0, VolunteerSheets.Rows - Inserted) == Counts(dryRun), $"{Counts(dryRun)}: {dryRun.GetProperty("reasons")}");
        Assert.True(Inserted >= 0.9 * VolunteerSheets.GoodRows, $"{Inserted} of {VolunteerSheets.GoodRows} good rows import with no manual step");

        var unknown = Assert.Single(dryRun.GetProperty("unknownValues").EnumerateArray());
        Assert.Equal(("customsPoint", VolunteerSheets.Misspelling, 2, "vnukovo"), (Text(unknown, "field"), Text(unknown, "value"), unknown.GetProperty("rows").GetInt32(), Text(unknown, "suggestion")));
        var dateReasons = dryRun.GetProperty("reasons").EnumerateArray().Where(r => Text(r, "reason")!.Contains("Дата не читается", StringComparison.Ordinal)).ToList();
        Assert.Equal(VolunteerSheets.BrokenDateRows, dateReasons.Sum(r => r.GetProperty("rows").GetInt32()));
        Assert.Equal(VolunteerSheets.BrokenDateLines[0], dateReasons.Min(r => r.GetProperty("firstLine").GetInt32()));

        var rows = dryRun.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal((2, "AliExpress", "vnukovo", "Xiaomi", "Redmi 4X", "Phone", 230m, "USD", "2017-03-01", "Returned"),
            (rows[0].GetProperty("line").GetInt32(), Text(rows[0], "shop"), Text(rows[0], "customsPointCode"), Text(rows[0], "brand"), Text(rows[0], "model"),
             Text(rows[0], "category"), rows[0].GetProperty("declaredValue").GetDecimal(), Text(rows[0], "currency"), Text(rows[0], "shippedOn"), Text(rows[0], "outcome")));
        var rubles = rows.First(r => r.GetProperty("line").GetInt32() == 4); // "15 000 руб."
        Assert.Equal((15000m, "RUB", "GearBest", "yekaterinburg-koltsovo"), (rubles.GetProperty("declaredValue").GetDecimal(), Text(rubles, "currency"), Text(rubles, "shop"), Text(rubles, "customsPointCode")));

        var job = await ImportApi.ImportAsync(volunteer, sheet, "учёт.csv");

        Assert.Equal(("Completed", Inserted, 0, VolunteerSheets.Rows - Inserted),
            (Text(job, "state"), job.GetProperty("rowsInserted").GetInt32(), job.GetProperty("rowsDuplicate").GetInt32(), job.GetProperty("rowsRejected").GetInt32()));
        var report = await volunteer.GetStringAsync(Text(job, "errorReportUrl"));
        Assert.All(VolunteerSheets.BrokenDateLines, line => Assert.Contains($"\n{line},", report, StringComparison.Ordinal));
        Assert.Contains("Неизвестный таможенный пункт", report, StringComparison.Ordinal);

        var again = await DryRunAsync(volunteer, sheet, "учёт.csv"); // now they are all reported
        Assert.Equal((VolunteerSheets.Rows, 0, Inserted, VolunteerSheets.Rows - Inserted), Counts(again));
    }

    [Fact]
    public async Task Accepting_the_suggested_point_for_this_file_imports_every_good_row_and_unknown_categories_count_apart_from_other()
    {
        var volunteer = await VolunteerAsync("en");
        var sheet = VolunteerSheets.Csv1251(firstSerial: 61_000_000);
        var values = """{"customsPoint":{"Внукого":"vnukovo"}}""";
        var unknownBefore = await ReportsAsync("Unknown");
        var otherBefore = await ReportsAsync("Other");

        var dryRun = await DryRunAsync(volunteer, sheet, "sheet.csv", values);
        var job = await ImportApi.WaitAsync(volunteer, Text(await AcceptedAsync(volunteer, sheet, values), "id")!);

        Assert.Empty(dryRun.GetProperty("unknownValues").EnumerateArray());
        Assert.Equal((VolunteerSheets.Rows, VolunteerSheets.GoodRows, 0, VolunteerSheets.BrokenDateRows), Counts(dryRun));
        Assert.Equal((VolunteerSheets.GoodRows, VolunteerSheets.BrokenDateRows), (job.GetProperty("rowsInserted").GetInt32(), job.GetProperty("rowsRejected").GetInt32()));
        var unknownStored = factory.Database.Count($"""SELECT COUNT(*) FROM "ParcelReports" WHERE "TrackingNumber" LIKE 'RR61%' AND "Category" = {(int)ProductCategory.Unknown}""");
        Assert.True(unknownStored > 0, "the sheet has rows whose model, brand and declaration say nothing of the category");
        Assert.Equal(unknownBefore + unknownStored, await ReportsAsync("Unknown"));
        Assert.Equal(otherBefore, await ReportsAsync("Other")); // unknown is not counted as "other goods"
    }

    [Fact]
    public async Task An_xlsx_workbook_with_date_cells_text_dates_and_serial_numbers_imports_with_no_manual_step()
    {
        var volunteer = await VolunteerAsync("en");
        var workbook = VolunteerSheets.Xlsx(firstSerial: 62_000_000);

        var dryRun = await DryRunAsync(volunteer, workbook, "учёт.xlsx");
        var job = await ImportApi.ImportAsync(volunteer, workbook, "учёт.xlsx");

        Assert.Equal((VolunteerSheets.Rows, Inserted, 0, VolunteerSheets.Rows - Inserted), Counts(dryRun));
        Assert.Equal((Inserted, VolunteerSheets.Rows - Inserted), (job.GetProperty("rowsInserted").GetInt32(), job.GetProperty("rowsRejected").GetInt32()));
        var report = await volunteer.GetStringAsync(Text(job, "errorReportUrl"));
        Assert.All(VolunteerSheets.BrokenDateLines, line => Assert.Contains($"\n{line},", report, StringComparison.Ordinal));
        Assert.Equal(VolunteerSheets.Rows - VolunteerSheets.BrokenDateRows - VolunteerSheets.MisspelledPointRows,
            factory.Database.Count("""SELECT COUNT(*) FROM "ParcelReports" WHERE "TrackingNumber" LIKE 'RR62%' AND "ShippedOn" BETWEEN '2017-03-01' AND '2017-04-09'"""));
    }

    [Fact]
    public async Task A_dry_run_refuses_bad_values_and_strangers_and_stores_nothing_either_way()
    {
        var volunteer = await VolunteerAsync("en");
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var sheet = VolunteerSheets.Csv1251(firstSerial: 63_000_000);
        var before = StoredCounts();

        var notJson = await ImportApi.UploadAsync(volunteer, sheet, "sheet.csv", values: "{not json", dryRun: true);
        var unknownCode = await ImportApi.UploadAsync(volunteer, sheet, "sheet.csv", values: """{"customsPoint":{"Внукого":"atlantis"}}""", dryRun: true);
        var unknownField = await ImportApi.UploadAsync(volunteer, sheet, "sheet.csv", values: """{"shop":{"Али":"AliExpress"}}""", dryRun: true);

        Assert.All([notJson, unknownCode, unknownField], response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        Assert.Contains("atlantis", (await ParcelApi.ReadAsync(unknownCode)).GetProperty("errors").GetProperty("values")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ImportApi.UploadAsync(factory.CreateClient(), sheet, dryRun: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportApi.UploadAsync(buyer, sheet, dryRun: true)).StatusCode);
        Assert.Equal(before, StoredCounts());
    }

    private async Task<HttpClient> VolunteerAsync(string language)
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        volunteer.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return volunteer;
    }

    private static async Task<JsonElement> DryRunAsync(HttpClient client, byte[] sheet, string fileName, string? values = null)
    {
        var response = await ImportApi.UploadAsync(client, sheet, fileName, values: values, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> AcceptedAsync(HttpClient client, byte[] sheet, string values)
    {
        var response = await ImportApi.UploadAsync(client, sheet, "sheet.csv", values: values);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> ReportsAsync(string category) =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/stats/points?category={category}"))
            .EnumerateArray().Sum(p => p.GetProperty("reports").GetInt32());

    private (long Reports, long Jobs, long Issues) StoredCounts() =>
        (factory.Database.Count("""SELECT COUNT(*) FROM "ParcelReports" """),
         factory.Database.Count("""SELECT COUNT(*) FROM "ImportJobs" """),
         factory.Database.Count("""SELECT COUNT(*) FROM "ImportRowIssues" """));

    private string[] ImportFiles() =>
        Directory.Exists(Path.Combine(factory.DataDirectory, "imports")) ? Directory.GetFiles(Path.Combine(factory.DataDirectory, "imports")) : [];

    private static (int Total, int ToImport, int Duplicate, int Rejected) Counts(JsonElement dryRun) =>
        (dryRun.GetProperty("rowsTotal").GetInt32(), dryRun.GetProperty("rowsToImport").GetInt32(),
         dryRun.GetProperty("rowsDuplicate").GetInt32(), dryRun.GetProperty("rowsRejected").GetInt32());

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
