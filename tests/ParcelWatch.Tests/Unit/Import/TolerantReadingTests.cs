using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Tests.Unit.Import;

/// <summary>Sheets as volunteers keep them: dates by majority, points as people write them, inferred categories, money and outcome words.</summary>
public sealed class TolerantReadingTests
{
    private static PointNames Catalogue() =>
        PointNames.For(
            CustomsPointAliases.NamesOf(CustomsPointCatalog.Load().Select(p => (p.Code, p.NameRu, p.NameEn, p.CityRu, p.CityEn))),
            CustomsPointAliases.DropWords);

    [Fact]
    public void The_layout_that_reads_most_dates_wins_and_a_broken_date_does_not_sway_it()
    {
        Assert.Equal("dd.MM.yyyy", DateFormats.Detect(["03.04.2017", "12.04.2017", "31.02.2017", "вчера", "25.04.2017"]));
        Assert.False(DateFormats.TryParse("31.02.2017", "dd.MM.yyyy", out _));
        Assert.False(DateFormats.TryParse("вчера", "dd.MM.yyyy", out _));
    }

    [Fact]
    public void Ambiguous_dates_are_day_first_under_russian_headers_and_month_first_under_english_ones()
    {
        Assert.Equal("dd/MM/yyyy", DateFormats.Detect(["03/04/2017", "05/06/2017"], dayFirst: true));
        Assert.Equal("MM/dd/yyyy", DateFormats.Detect(["03/04/2017", "05/06/2017"], dayFirst: false));
        Assert.True(ColumnGuesser.HasRussianHeaders(["Трек", "Date"]));
        Assert.False(ColumnGuesser.HasRussianHeaders(["Tracking", "Date"]));
    }

    [Theory]
    [InlineData("42837", 2017, 4, 12)] // Excel's serial number of 2017-04-12
    [InlineData("12.04.17", 2017, 4, 12)]
    [InlineData("2017-04-12", 2017, 4, 12)] // an .xlsx date cell, whatever the file's layout
    [InlineData("2.4.2017 0:00:00", 2017, 4, 2)]
    public void Serial_numbers_two_digit_years_and_iso_dates_read_in_a_day_first_file(string text, int year, int month, int day)
    {
        Assert.True(DateFormats.TryParse(text, "dd.MM.yyyy", out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Внуково", "vnukovo")]
    [InlineData("ММПО Внуково", "vnukovo")]
    [InlineData("Москва (Внуково)", "vnukovo")]
    [InlineData("  vnukovo ", "vnukovo")]
    [InlineData("Шереметьево", "sheremetyevo")]
    [InlineData("ММПО ШЕРЕМЕТЬЕВО", "sheremetyevo")]
    [InlineData("Шереметево", "sheremetyevo")]
    [InlineData("Sheremetyevo MMPO", "sheremetyevo")]
    [InlineData("Екатеринбург (Кольцово)", "yekaterinburg-koltsovo")]
    [InlineData("Екатеринбург, Кольцово", "yekaterinburg-koltsovo")]
    [InlineData("кольцово", "yekaterinburg-koltsovo")]
    [InlineData("Ekaterinburg", "yekaterinburg-koltsovo")]
    [InlineData("Оренбург", "orenburg")]
    [InlineData("Толмачёво", "novosibirsk-tolmachevo")]
    [InlineData("Толмачево", "novosibirsk-tolmachevo")]
    [InlineData("СПб, АОПП Пулково", "saint-petersburg-pulkovo")]
    [InlineData("Москва – Домодедово АОПП", "domodedovo")]
    public void Points_are_found_as_people_write_them(string text, string code) =>
        Assert.Equal(code, Catalogue().Find(text));

    [Fact]
    public void A_name_of_two_points_and_a_misspelling_find_nothing_and_only_the_misspelling_gets_a_suggestion()
    {
        var points = Catalogue();

        Assert.Null(points.Find("Москва")); // Vnukovo and Varshavskoye shosse are both in Moscow
        Assert.Null(points.Find("Внукого"));
        Assert.Equal("vnukovo", points.Suggest("Внукого"));
        Assert.Equal("sheremetyevo", points.Suggest("Шеремтьево"));
        Assert.Null(points.Suggest("Атлантида"));
        Assert.Null(points.Suggest("Москва"));
    }

    [Theory]
    [InlineData(null, "Redmi 4X", null, ProductCategory.Phone)]
    [InlineData("Xiaomi", "Mi Pad 3", null, ProductCategory.Tablet)]
    [InlineData("Xiaomi", "Mi Band 2", "смартфон", ProductCategory.Wearable)]
    [InlineData(null, "Чехол для телефона", null, ProductCategory.Accessory)]
    [InlineData("Meizu", "M5 Note", "gift", ProductCategory.Phone)] // the brand makes phones only
    [InlineData("Xiaomi", "Mi 6", "Мобильный телефон", ProductCategory.Phone)] // the declaration tells
    [InlineData("Xiaomi", "Mi 6", "smartphones, 1 pc", ProductCategory.Phone)]
    [InlineData(null, null, "планшет", ProductCategory.Tablet)]
    [InlineData("Xiaomi", "Mi 6", "gift", ProductCategory.Unknown)] // nothing tells: unknown, not "Other"
    public void The_category_comes_from_the_model_the_brand_or_the_declaration_else_it_is_unknown(string? brand, string? model, string? declaration, ProductCategory category) =>
        Assert.Equal(category, ProductCatalogue.Embedded.Infer(brand, model, declaration));

    [Theory]
    [InlineData(null, "Xiaomi Redmi 4X", "Xiaomi", "Redmi 4X")]
    [InlineData(null, "сяоми Mi 6", "Xiaomi", "Mi 6")]
    [InlineData(null, "Redmi Note 4", "Xiaomi", "Redmi Note 4")]
    [InlineData(null, "iPhone 7", "Apple", "iPhone 7")]
    [InlineData("Xiaomi", "Xiaomi Mi 6", "Xiaomi", "Mi 6")]
    [InlineData("Meizu", "Xiaomi Mi 6", "Meizu", "Xiaomi Mi 6")]
    [InlineData(null, "Phone case", null, "Phone case")]
    public void A_brand_at_the_start_of_the_model_cell_is_split_off(string? brand, string model, string? splitBrand, string splitModel) =>
        Assert.Equal((splitBrand, splitModel), ProductCatalogue.Embedded.SplitBrand(brand, model));

    [Theory]
    [InlineData("$230", 230, "USD")]
    [InlineData("230 USD", 230, "USD")]
    [InlineData("15 000 руб.", 15000, "RUB")]
    [InlineData("15\u00A0000 р.", 15000, "RUB")]
    [InlineData("1 234,50", 1234.50, null)]
    [InlineData("99,90 €", 99.90, "EUR")]
    [InlineData("1 250,50 ₽", 1250.50, "RUB")]
    [InlineData("¥1,250.50", 1250.50, "CNY")]
    public void Values_read_with_the_currency_their_sign_or_word_names(string text, double value, string? currency)
    {
        Assert.True(DecimalFormats.TryParse(text, out var number, out var named));
        Assert.Equal(((decimal)value, currency), (number, named));
    }

    [Fact]
    public void A_value_with_a_word_that_is_no_currency_does_not_read() =>
        Assert.False(DecimalFormats.TryParse("2 шт", out _, out _));

    [Theory]
    [InlineData("Возврат", OutcomeEventKind.Returned)]
    [InlineData("Вернули", OutcomeEventKind.Returned)]
    [InlineData("Возвращена", OutcomeEventKind.Returned)]
    [InlineData("Выпущено", OutcomeEventKind.Released)]
    [InlineData("Выпущена", OutcomeEventKind.Released)]
    [InlineData("Получил", OutcomeEventKind.Delivered)]
    [InlineData("Вручено", OutcomeEventKind.Delivered)]
    [InlineData("Изъято", OutcomeEventKind.Seized)]
    [InlineData("Конфискована", OutcomeEventKind.Seized)]
    [InlineData("Задержана", OutcomeEventKind.Held)]
    [InlineData("На таможне", OutcomeEventKind.Held)]
    [InlineData("Released", OutcomeEventKind.Released)]
    [InlineData("Returned", OutcomeEventKind.Returned)]
    [InlineData("Seized", OutcomeEventKind.Seized)]
    [InlineData("Held", OutcomeEventKind.Held)]
    public void Outcome_words_in_russian_and_english_read(string word, OutcomeEventKind kind)
    {
        Assert.True(OutcomeWords.TryRead(word, out var read));
        Assert.Equal(kind, read);
    }

    [Fact]
    public void Waiting_words_are_pending_and_an_unknown_word_is_not_read()
    {
        Assert.True(OutcomeWords.TryRead("Ждёт", out var waiting));
        Assert.Null(waiting);
        Assert.False(OutcomeWords.TryRead("потерялась", out _));
    }

    [Fact]
    public void The_volunteers_mapping_reads_an_unknown_point_and_skips_the_rows_they_chose_to_skip()
    {
        var settings = new ImportSettings(
            new Dictionary<ImportField, int> { [ImportField.TrackingNumber] = 0, [ImportField.CustomsPoint] = 1, [ImportField.Model] = 2, [ImportField.Outcome] = 3 },
            "dd.MM.yyyy")
        {
            Values = new Dictionary<ImportField, IReadOnlyDictionary<string, string>>
            {
                [ImportField.CustomsPoint] = new Dictionary<string, string> { ["Внукого"] = "vnukovo", ["Атлантида"] = "" },
            },
        };
        var parser = new CsvRowParser(settings, Catalogue(), ProductCatalogue.Embedded);

        var mapped = parser.Parse(["RR123456785CN", " Внукого ", "Xiaomi Redmi 4X", "ждём"]);
        var skipped = parser.Parse(["RR123456785CN", "Атлантида", "Xiaomi Redmi 4X", "ждём"]);
        var unknown = parser.Parse(["RR123456785CN", "Внукого-2", "Xiaomi Redmi 4X", "потерялась"]);

        Assert.Equal(("vnukovo", "Xiaomi", "Redmi 4X", "Phone"), (mapped.Request.CustomsPointCode, mapped.Request.Brand, mapped.Request.Model, mapped.Request.Category));
        Assert.Empty(mapped.Problems);
        Assert.Contains((ImportField.CustomsPoint, RowProblem.Skipped), skipped.Problems);
        Assert.Equal([(ImportField.CustomsPoint, "Внукого-2"), (ImportField.Outcome, "потерялась")], unknown.UnknownValues);
    }
}
