using System.Text;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Tests.Unit.Import;

/// <summary>Reading spreadsheets: headers, encodings, separators, dates, numbers and rows, without a database.</summary>
public sealed class ImportDomainTests
{
    [Fact]
    public void Columns_are_guessed_from_russian_and_english_headers_and_each_field_goes_to_its_first_column()
    {
        var guessed = ColumnGuesser.Guess(["Трек-номер", "Таможня", "Дата", "Результат", "Магазин", "comment", "Tracking number", "Описание в декларации"]);

        Assert.Equal(
            [ImportField.TrackingNumber, ImportField.CustomsPoint, ImportField.OutcomeOn, ImportField.Outcome, ImportField.Shop, null, null, ImportField.DeclarationText],
            guessed);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)';', (byte)'b' }, "utf-8", ';')]
    [InlineData(new byte[] { (byte)'a', (byte)',', (byte)'b', (byte)'\n', 0xD0, 0x96 }, "utf-8", ',')]
    [InlineData(new byte[] { 0xD2, 0xF0, 0xE5, 0xEA, (byte)'\t', 0xC4, 0xE0, 0xF2, 0xE0 }, "windows-1251", '\t')] // "Трек<tab>Дата"
    public void Encoding_and_separator_are_read_from_the_start_of_the_file(byte[] start, string encoding, char delimiter)
    {
        var sniffed = TextFileSniffer.Sniff(start, wholeFile: true);

        Assert.Equal((FileVerdict.Text, encoding, delimiter), (sniffed.Verdict, sniffed.Encoding.WebName, sniffed.Delimiter));
    }

    [Fact]
    public void A_separator_inside_quotes_does_not_count_and_a_character_cut_by_the_sample_end_is_still_utf8()
    {
        var text = Encoding.UTF8.GetBytes("\"a;b;c\",d,e\nЖ");
        var cut = text[..^1]; // the sample ends half-way through "Ж"

        Assert.Equal(',', TextFileSniffer.Sniff(text, wholeFile: true).Delimiter);
        Assert.Equal("utf-8", TextFileSniffer.Sniff(cut, wholeFile: false).Encoding.WebName);
    }

    [Theory]
    [InlineData(new byte[0], FileVerdict.Empty)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n', (byte)' ' }, FileVerdict.Empty)]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 8 }, FileVerdict.Binary)]
    public void Empty_and_binary_files_are_told_apart_from_text(byte[] start, FileVerdict verdict) =>
        Assert.Equal(verdict, TextFileSniffer.Sniff(start, wholeFile: true).Verdict);

    [Theory]
    [InlineData(new[] { "2017-04-03", "2017-12-31" }, "yyyy-MM-dd")]
    [InlineData(new[] { "03.04.2017", "3.4.2017", "" }, "dd.MM.yyyy")]
    [InlineData(new[] { "03/04/2017", "25/12/2017" }, "dd/MM/yyyy")]
    [InlineData(new[] { "04/03/2017", "12/25/2017" }, "MM/dd/yyyy")]
    [InlineData(new[] { "03.04.2017 0:00:00" }, "dd.MM.yyyy")]
    public void One_date_layout_is_chosen_for_the_whole_file(string[] samples, string layout) =>
        Assert.Equal(layout, DateFormats.Detect(samples));

    [Theory]
    [InlineData("150", 150)]
    [InlineData("150.50", 150.50)]
    [InlineData("150,50", 150.50)]
    [InlineData("1 250,50", 1250.50)]
    [InlineData("1\u00A0250,50 ₽", 1250.50)]
    [InlineData("1,250.50", 1250.50)]
    [InlineData("$99", 99)]
    public void Declared_values_are_read_with_a_decimal_comma_or_point(string text, double value)
    {
        Assert.True(DecimalFormats.TryParse(text, out var number));
        Assert.Equal((decimal)value, number);
    }

    [Fact]
    public void A_row_becomes_the_api_request_and_its_outcome_events()
    {
        var parser = Parser();

        var row = parser.Parse(["RR123456785CN", "Оренбург", "телефон", "возврат", "12.04.2017", "10.04.2017", "1 250,50"]);

        Assert.Empty(row.Problems);
        Assert.Equal(("RR123456785CN", "orenburg", "Phone", 1250.50m, "USD"),
            (row.Request.TrackingNumber, row.Request.CustomsPointCode, row.Request.Category, row.Request.DeclaredValue, row.Request.Currency));
        Assert.Equal(
            [new(OutcomeEventKind.ArrivedAtCustoms, new DateOnly(2017, 4, 10)), new(OutcomeEventKind.Returned, new DateOnly(2017, 4, 12))],
            row.Events);
    }

    [Theory]
    [InlineData("потерялась", "12.04.2017", ImportField.Outcome, RowProblem.UnknownOutcome)]
    [InlineData("выпущена", "", ImportField.OutcomeOn, RowProblem.OutcomeWithoutDate)]
    [InlineData("", "12.04.2017", ImportField.OutcomeOn, RowProblem.DateWithoutOutcome)]
    [InlineData("выпущена", "12.13.2017", ImportField.OutcomeOn, RowProblem.UnreadableDate)]
    [InlineData("7", "12.04.2017", ImportField.Outcome, RowProblem.UnknownOutcome)]
    public void Cells_that_cannot_be_read_are_named_with_their_problem(string outcome, string date, ImportField field, RowProblem problem)
    {
        var row = Parser().Parse(["RR123456785CN", "orenburg", "Phone", outcome, date, "", ""]);

        Assert.Contains((field, problem), row.Problems);
    }

    [Fact]
    public void A_pending_word_is_no_event_and_an_unknown_point_is_passed_on_for_the_validator_to_name()
    {
        var row = Parser().Parse(["RR123456785CN", "Атлантида", "Phone", "ждём", "", "", ""]);

        Assert.Empty(row.Problems);
        Assert.Empty(row.Events);
        Assert.Equal("Атлантида", row.Request.CustomsPointCode);
    }

    private static CsvRowParser Parser() => new(
        new ImportSettings(
            new Dictionary<ImportField, int>
            {
                [ImportField.TrackingNumber] = 0, [ImportField.CustomsPoint] = 1, [ImportField.Category] = 2, [ImportField.Outcome] = 3,
                [ImportField.OutcomeOn] = 4, [ImportField.ArrivedOn] = 5, [ImportField.DeclaredValue] = 6,
            },
            "dd.MM.yyyy"),
        PointNames.For([("orenburg", ["ММПО Оренбург", "Оренбург"])], CustomsPointAliases.DropWords),
        ProductCatalogue.Embedded);
}
