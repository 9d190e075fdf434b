using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>The app with a small upload limit, so that the "too large" answer is tested without a 100 MB body.</summary>
public sealed class SmallImportLimitFactory : ParcelWatchFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Import:MaximumFileBytes"] = (40 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Spreadsheet imports over HTTP with real files: clean, broken, Russian, odd encodings and shapes, repeated.</summary>
public sealed class ImportApiTests(SmallImportLimitFactory factory) : IClassFixture<SmallImportLimitFactory>
{
    [Fact]
    public async Task A_clean_ten_thousand_row_sheet_imports_fully_and_importing_it_again_adds_nothing()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        volunteer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var sheet = ImportApi.CleanCsv(10_000, firstSerial: 10_000_000);

        var reportsBefore = await OrenburgReportsAsync();

        var first = await ImportApi.ImportAsync(volunteer, sheet);
        var reportsAfter = await OrenburgReportsAsync(); // the statistics see the import at once (their cache is dropped)
        var again = await ImportApi.ImportAsync(volunteer, sheet);

        Assert.Equal(("Completed", 10_000, 10_000, 0, 0), Counts(first));
        Assert.Equal(("Completed", 10_000, 0, 10_000, 0), Counts(again));
        Assert.Equal(reportsBefore + 10_000, reportsAfter);
        var imports = Path.Combine(factory.DataDirectory, "imports");
        Assert.Empty(Directory.GetFiles(imports, $"{Guid.Parse(first.GetProperty("id").GetString()!):N}*")); // a finished job's file is gone
        Assert.Equal(reportsAfter, await OrenburgReportsAsync());
        Assert.Equal(10_000, Scalar("""SELECT COUNT(*) FROM "ParcelReports" WHERE "TrackingNumber" LIKE 'RR1%' AND "ImportJobId" IS NOT NULL"""));
        Assert.Equal(1_000, Scalar($"""SELECT COUNT(*) FROM "ParcelReports" WHERE "TrackingNumber" LIKE 'RR1%' AND "Outcome" = {(int)Outcome.Returned}"""));
        var report = await volunteer.GetStringAsync($"/api/v1/import/{again.GetProperty("id").GetString()}/errors.csv");
        Assert.Contains("Already reported as report #", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_rows_are_listed_with_their_line_and_reason_and_the_good_rows_go_in()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        volunteer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var good = ImportApi.TrackingNumber(20_000_001);
        var wrongCheckDigit = ImportApi.TrackingNumber(20_000_002)[..10] + (ImportApi.TrackingNumber(20_000_002)[10] == '0' ? "1" : "0") + "CN";
        var sheet = string.Join('\n',
            ImportApi.Header,
            $"AliExpress,B1,{good},orenburg,Xiaomi,Mi 6,Phone,cell phone,150,USD,2017-03-15,,,",
            $"AliExpress,B2,{ImportApi.TrackingNumber(20_000_003)},atlantis,Xiaomi,Mi 6,Phone,cell phone,150,USD,2017-03-15,,,",
            $"AliExpress,B3,{wrongCheckDigit},orenburg,Xiaomi,Mi 6,Phone,cell phone,150,USD,2017-03-15,,,",
            $"AliExpress,B4,{ImportApi.TrackingNumber(20_000_004)},orenburg,Xiaomi,Mi 6,Phone,cell phone,150,USD,15/03/2017x,,,",
            $"AliExpress,B5,{ImportApi.TrackingNumber(20_000_005)},orenburg,Xiaomi,Mi 6,Phone,cell phone,150,USD,2017-03-15,,lost in space,2017-04-01",
            $"AliExpress,B6,{ImportApi.TrackingNumber(20_000_006)},orenburg,Xiaomi,Mi 6,Phone,cell phone,150,USD,2017-03-15,,Released,",
            $"AliExpress,B7,{ImportApi.TrackingNumber(20_000_007)},orenburg,Xiaomi,Mi 6,Phone,,150,USD,2017-03-15,,,",
            $"AliExpress,B8,{ImportApi.TrackingNumber(20_000_008)},orenburg,Xiaomi,Mi 6,Phone,cell phone,-5,USD,2099-03-15,,,");

        var job = await ImportApi.ImportAsync(volunteer, Encoding.UTF8.GetBytes(sheet));

        Assert.Equal(("Completed", 8, 1, 0, 7), Counts(job));
        var bytes = await volunteer.GetByteArrayAsync(job.GetProperty("errorReportUrl").GetString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // the BOM Excel needs to read UTF-8
        var report = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("line,duplicateOfReport,reasons", report, StringComparison.Ordinal);
        AssertLine(report, 3, "Unknown customs point 'atlantis'");
        AssertLine(report, 4, "check digit is wrong");
        AssertLine(report, 5, "date");
        AssertLine(report, 6, "Unknown outcome");
        AssertLine(report, 7, "Give the date of the outcome");
        AssertLine(report, 8, "CN22");
        AssertLine(report, 9, "between 0 and");
        AssertLine(report, 9, "future");
    }

    [Fact]
    public async Task A_russian_excel_sheet_in_windows_1251_with_semicolons_and_day_first_dates_is_read_right()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var tracking = ImportApi.TrackingNumber(30_000_001);
        var sheet = "Магазин;Трек-номер;Таможня;Бренд;Категория;Описание в декларации;Стоимость;Дата прибытия;Результат;Дата\r\n" +
                    $"AliExpress;{tracking};Оренбург;Xiaomi;телефон;сотовый телефон;1 250,50;10.04.2017;возврат;12.04.2017\r\n";

        var job = await ImportApi.ImportAsync(volunteer, TextFileSnifferEncoding.GetBytes(sheet));

        Assert.Equal(("Completed", 1, 1, 0, 0), Counts(job));
        var stored = await ReadReportAsync(volunteer, tracking);
        Assert.Equal(("orenburg", "Phone", "сотовый телефон", 1250.50m, "Returned", 2),
            (stored.GetProperty("customsPointCode").GetString(), stored.GetProperty("category").GetString(), stored.GetProperty("declarationText").GetString(),
             stored.GetProperty("declaredValue").GetDecimal(), stored.GetProperty("outcome").GetString(), stored.GetProperty("daysHeld").GetInt32()));
    }

    [Fact]
    public async Task A_bom_and_quoted_cells_with_separators_quotes_and_line_breaks_keep_line_numbers_right()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var quoted = ImportApi.TrackingNumber(40_000_001);
        var multiLine = ImportApi.TrackingNumber(40_000_002);
        var after = ImportApi.TrackingNumber(40_000_003);
        var sheet = "\uFEFF" + ImportApi.Header + "\n" +
                    $"AliExpress,Q1,{quoted},orenburg,Xiaomi,\"Redmi \"\"Note\"\" 4\",Phone,\"phone, used\",10,USD,,,,\n" +
                    $"AliExpress,Q2,{multiLine},orenburg,Xiaomi,Mi 6,Phone,\"cell\nphone\",10,USD,,,,\n" +
                    $"AliExpress,Q3,{after},orenburg,Xiaomi,Mi 6,Phone,phone,10,USD,,,,\n";

        var job = await ImportApi.ImportAsync(volunteer, Encoding.UTF8.GetBytes(sheet));

        Assert.Equal(("Completed", 3, 2, 0, 1), Counts(job));
        Assert.Equal("Redmi \"Note\" 4", (await ReadReportAsync(volunteer, quoted)).GetProperty("model").GetString());
        var report = await volunteer.GetStringAsync(job.GetProperty("errorReportUrl").GetString());
        Assert.Contains("\n3,", report, StringComparison.Ordinal); // the row that starts on line 3 (its cell spans lines 3-4)
        await ReadReportAsync(volunteer, after); // line 5 went in
    }

    [Theory]
    [InlineData("empty", "The file is empty.")]
    [InlineData("blank", "The file is empty.")]
    [InlineData("binary", "This is not a text table")]
    [InlineData("renamed-xlsx", "The workbook could not be read")]
    [InlineData("too-large", "larger than 40 MB")]
    public async Task A_file_that_is_not_a_sheet_gets_a_clear_file_error_and_nothing_is_kept(string kind, string message)
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        volunteer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var before = Scalar("""SELECT COUNT(*) FROM "ImportJobs" """);
        var (content, name) = kind switch
        {
            "empty" => ([], "empty.csv"),
            "blank" => ("\uFEFF\r\n\r\n"u8.ToArray(), "blank.csv"),
            "binary" => (Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 256)).ToArray(), "photo.csv"),
            "renamed-xlsx" => ("PK\u0003\u0004 not really a workbook"u8.ToArray(), "sheet.xlsx"),
            _ => (new byte[50 * 1024 * 1024], "huge.csv"),
        };

        var response = await ImportApi.UploadAsync(volunteer, content, name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ParcelApi.ReadAsync(response);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Scalar("""SELECT COUNT(*) FROM "ImportJobs" """));
    }

    [Fact]
    public async Task An_xlsx_workbook_is_read_like_a_csv_with_its_date_cells()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var tracking = ImportApi.TrackingNumber(50_000_001);
        var workbook = XlsxFiles.Write(
            ["Shop", "Tracking number", "Customs point", "Category", "Declaration", "Arrived", "Outcome", "Date"],
            ["GearBest", tracking, "vnukovo", "Phone", "android phone", new DateOnly(2017, 4, 3), "Released", new DateOnly(2017, 4, 5)]);

        var job = await ImportApi.ImportAsync(volunteer, workbook, "parcels.xlsx");

        Assert.Equal(("Completed", 1, 1, 0, 0), Counts(job));
        var stored = await ReadReportAsync(volunteer, tracking);
        Assert.Equal(("vnukovo", "Passed", 2), (stored.GetProperty("customsPointCode").GetString(), stored.GetProperty("outcome").GetString(), stored.GetProperty("daysHeld").GetInt32()));
    }

    [Fact]
    public async Task Only_volunteers_and_moderators_import_and_only_the_owner_or_a_moderator_sees_a_job()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var (otherVolunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var (moderator, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator);
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var sheet = ImportApi.CleanCsv(3, firstSerial: 60_000_000);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ImportApi.UploadAsync(factory.CreateClient(), sheet)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportApi.UploadAsync(buyer, sheet)).StatusCode);
        var job = await ImportApi.ImportAsync(volunteer, sheet);
        var url = $"/api/v1/import/{job.GetProperty("id").GetString()}";

        Assert.Equal(HttpStatusCode.NotFound, (await otherVolunteer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherVolunteer.GetAsync(url + "/errors.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await volunteer.PostAsync(url + "/cancel", null)).StatusCode); // already done
    }

    [Fact]
    public async Task A_running_import_cancelled_stops_after_its_batch_and_keeps_exactly_what_it_counts()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var accepted = await ImportApi.UploadAsync(volunteer, ImportApi.CleanCsv(60_000, firstSerial: 71_000_000));
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var cancel = await volunteer.PostAsync($"/api/v1/import/{id}/cancel", null);
        var job = await ImportApi.WaitAsync(volunteer, id);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal("Cancelled", job.GetProperty("state").GetString());
        Assert.True(job.GetProperty("rowsDone").GetInt32() < 60_000, job.ToString());
        Assert.Equal(job.GetProperty("rowsInserted").GetInt32(), Scalar("""SELECT COUNT(*) FROM "ParcelReports" WHERE "TrackingNumber" LIKE 'RR71%'"""));
    }

    [Fact]
    public async Task Columns_can_be_given_and_a_mapping_without_the_tracking_number_is_refused()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        volunteer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var tracking = ImportApi.TrackingNumber(70_000_001);
        var sheet = Encoding.UTF8.GetBytes($"a,b,c,d,e\n{tracking},AliExpress,orenburg,Phone,cell phone\n");

        var refused = await ImportApi.UploadAsync(volunteer, sheet);
        var accepted = await ImportApi.UploadAsync(volunteer, sheet, columns: """{"trackingNumber":0,"shop":1,"customsPoint":2,"category":3,"declarationText":4}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Tracking number", (await ParcelApi.ReadAsync(refused)).GetProperty("errors").GetProperty("columns")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await ImportApi.WaitAsync(volunteer, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        Assert.Equal(1, job.GetProperty("rowsInserted").GetInt32());
    }

    private static Encoding TextFileSnifferEncoding
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1251);
        }
    }

    private static (string?, int, int, int, int) Counts(JsonElement job) =>
        (job.GetProperty("state").GetString(), job.GetProperty("rowsDone").GetInt32(), job.GetProperty("rowsInserted").GetInt32(),
         job.GetProperty("rowsDuplicate").GetInt32(), job.GetProperty("rowsRejected").GetInt32());

    /// <summary>The error report's reasons for the row that starts on <paramref name="line"/> include <paramref name="reason"/>.</summary>
    private static void AssertLine(string report, int line, string reason)
    {
        using var csv = new CsvHelper.CsvReader(new StringReader(report.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, row => (string)row["line"] == line.ToString(System.Globalization.CultureInfo.InvariantCulture) && ((string)row["reasons"]).Contains(reason, StringComparison.Ordinal));
    }

    private async Task<int> OrenburgReportsAsync() =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/stats/points"))
            .EnumerateArray().Single(p => p.GetProperty("code").GetString() == "orenburg").GetProperty("reports").GetInt32();

    private static async Task<JsonElement> ReadReportAsync(HttpClient client, string tracking)
    {
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/v1/parcels?mine=true&pageSize=100");
        var id = mine.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("trackingNumber").GetString() == tracking).GetProperty("id").GetInt32();
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/parcels/{id}");
    }

    private long Scalar(string sql) => factory.Database.Count(sql);
}
