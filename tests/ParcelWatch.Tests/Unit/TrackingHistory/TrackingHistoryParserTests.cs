using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.TrackingHistory.Domain;
using ParcelWatch.Web.Infrastructure.ReferenceData;
using static ParcelWatch.Data.Entities.OutcomeEventKind;

namespace ParcelWatch.Tests.Unit.TrackingHistory;

public sealed class TrackingHistoryParserTests
{
    internal static readonly CustomsPointMatcher CatalogueMatcher = new(
        CustomsPointAliases.NamesOf(CustomsPointCatalog.Load().Select(p => (p.Code, p.NameRu, p.NameEn, p.CityRu, p.CityEn)))
            .Select(p => new CustomsPointNames(p.Code, p.Names)));

    private static readonly TrackingHistoryParser Parser = new(CatalogueMatcher);

    [Fact]
    public void Russian_blocks_newest_first_give_the_hold_the_release_and_the_delivery_at_vnukovo()
    {
        var history = Parser.Parse(HistorySamples.RussianBlocksNewestFirst);

        AssertEvents(history, (ArrivedAtCustoms, "2017-05-12"), (Held, "2017-05-13"), (Released, "2017-05-14"), (Delivered, "2017-05-16"));
        Assert.Equal("vnukovo", history.CustomsPointCode);
        Assert.Equal("RA123456785CN", history.TrackingNumber);
        Assert.Empty(history.IgnoredLines);
        Assert.Empty(history.Contradictions);
        Assert.Equal("Выпущено таможней · 14 мая 2017, 19:40 (МСК) · ММПО Внуково 102976", history.Events[2].SourceLine);
        Assert.Equal("29", history.Events[0].OperationCode);
    }

    [Fact]
    public void English_blocks_oldest_first_give_the_return_at_koltsovo_and_list_the_unknown_operation()
    {
        var history = Parser.Parse(HistorySamples.EnglishBlocksOldestFirst);

        AssertEvents(history, (ArrivedAtCustoms, "2017-04-10"), (Held, "2017-04-11"), (Returned, "2017-04-24"));
        Assert.Equal("yekaterinburg-koltsovo", history.CustomsPointCode);
        Assert.Equal(["Parcel scanned by a friendly robot · April 12, 2017, 1:00 PM · Somewhere"], history.IgnoredLines);
        Assert.Equal("release REFUSED · April 24, 2017, 3:30 PM · Yekaterinburg-Koltsovo MMPO · Weight: 0.35 kg", history.Events[2].SourceLine);
        Assert.Empty(history.Contradictions);
    }

    [Fact]
    public void Russian_table_rows_give_the_seizure_at_orenburg_and_list_the_header()
    {
        var history = Parser.Parse(HistorySamples.RussianTableSeized);

        AssertEvents(history, (ArrivedAtCustoms, "2017-04-10"), (Held, "2017-04-11"), (Seized, "2017-04-20"));
        Assert.Equal("orenburg", history.CustomsPointCode);
        Assert.Equal(["Дата Операция Место Вес"], history.IgnoredLines);
        Assert.Equal("5.2", history.Events[2].OperationCode);
        Assert.Null(history.TrackingNumber);
    }

    [Fact]
    public void The_sites_full_table_reads_the_attribute_over_the_operation_type()
    {
        var history = Parser.Parse(HistorySamples.RussianFullTable);

        AssertEvents(history, (ArrivedAtCustoms, "2017-04-10"), (Held, "2017-04-11"), (Returned, "2017-04-24"));
        Assert.Equal(["11", "14.8", "14.2"], history.Events.Select(e => e.OperationCode));
        Assert.Equal("yekaterinburg-koltsovo", history.CustomsPointCode);
        Assert.Equal(["Операция Дата Место Атрибут Вес, кг"], history.IgnoredLines);
    }

    [Fact]
    public void Old_mac_line_breaks_and_unicode_line_separators_split_lines_too()
    {
        var history = Parser.Parse("2017-05-12 Прием на таможню ММПО Внуково\r2017-05-14 Выпущено таможней\u20282017-05-16 Вручение адресату");

        AssertEvents(history, (ArrivedAtCustoms, "2017-05-12"), (Released, "2017-05-14"), (Delivered, "2017-05-16"));
    }

    [Fact]
    public void English_lines_newest_first_give_a_release_after_a_hold_at_sheremetyevo()
    {
        var history = Parser.Parse(HistorySamples.EnglishLinesNewestFirst, trackingNumber: " ra 123456785 cn ");

        AssertEvents(history, (ArrivedAtCustoms, "2017-05-14"), (Held, "2017-05-15"), (Released, "2017-05-16"), (Delivered, "2017-05-20"));
        Assert.Equal("sheremetyevo", history.CustomsPointCode);
        Assert.Equal("RA123456785CN", history.TrackingNumber);
        Assert.Empty(history.IgnoredLines);
        Assert.Equal("2017-05-16 released by customs Sheremetyevo MMPO", history.Events[2].SourceLine);
    }

    [Fact]
    public void Released_then_returned_by_customs_is_a_contradiction_for_the_buyer()
    {
        var history = Parser.Parse(HistorySamples.RussianLinesReleasedThenReturned);

        AssertEvents(history, (ArrivedAtCustoms, "2017-05-12"), (Released, "2017-05-14"), (Returned, "2017-05-20"));
        var contradiction = Assert.Single(history.Contradictions);
        Assert.Equal(Released, contradiction.Earlier.Kind);
        Assert.Equal(Returned, contradiction.Later.Kind);
    }

    [Fact]
    public void Date_first_blocks_give_the_return_refused_by_customs_at_yekaterinburg()
    {
        var history = Parser.Parse(HistorySamples.RussianDateFirstReturned);

        AssertEvents(history, (ArrivedAtCustoms, "2017-04-10"), (Returned, "2017-04-24"));
        Assert.Equal("3.7", history.Events[1].OperationCode);
        Assert.Equal("yekaterinburg-koltsovo", history.CustomsPointCode);
        Assert.Empty(history.IgnoredLines);
    }

    [Fact]
    public void A_history_without_customs_operations_names_no_point_and_makes_no_customs_event()
    {
        var history = Parser.Parse(HistorySamples.RussianDomestic);

        AssertEvents(history, (Delivered, "2017-06-03"));
        Assert.Null(history.CustomsPointCode);
        Assert.Empty(history.IgnoredLines);
    }

    [Fact]
    public void AliExpress_lines_give_arrival_release_and_delivery()
    {
        var history = Parser.Parse(HistorySamples.AliExpressDelivered);

        AssertEvents(history, (ArrivedAtCustoms, "2017-05-14"), (Released, "2017-05-15"), (Delivered, "2017-05-20"));
        Assert.Null(history.CustomsPointCode);
    }

    [Fact]
    public void AliExpress_returned_to_sender_is_a_return()
    {
        var history = Parser.Parse(HistorySamples.AliExpressReturned);

        AssertEvents(history, (ArrivedAtCustoms, "2017-06-01"), (Returned, "2017-06-09"));
    }

    [Theory]
    [InlineData("14.05.2017 Something odd happened to the parcel")]
    [InlineData("31.02.2017 Выпущено таможней")]
    [InlineData("Выпущено таможней, дата не указана")]
    public void Lines_without_a_known_operation_or_a_real_date_are_ignored_not_guessed(string line)
    {
        var history = Parser.Parse(line);

        Assert.Empty(history.Events);
        Assert.Equal([line], history.IgnoredLines);
    }

    [Fact]
    public void Delivered_to_the_sender_is_not_a_delivery_and_non_delivery_is_not_a_delivery()
    {
        var history = Parser.Parse("2017-06-09 Вручение отправителю\n2017-06-10 Невручение — Изъято");

        AssertEvents(history, (Seized, "2017-06-10"));
    }

    [Fact]
    public void The_given_number_wins_when_the_text_names_it_and_a_valid_number_wins_over_a_mistyped_one()
    {
        const string text = "RA123456784CN\nRA123456785CN\n2017-05-14 Выпущено таможней";

        Assert.Equal("RA123456785CN", Parser.Parse(text).TrackingNumber);
        Assert.Equal("RA123456784CN", Parser.Parse(text, "RA123456784CN").TrackingNumber);
        Assert.Equal("LP00012345", Parser.Parse("2017-05-14 Выпущено таможней", "lp00012345").TrackingNumber);
    }

    private static void AssertEvents(ParsedHistory history, params (OutcomeEventKind Kind, string Date)[] expected) =>
        Assert.Equal(
            expected.Select(e => $"{e.Kind} {e.Date}"),
            history.Events.Select(e => $"{e.Kind} {e.OccurredOn:yyyy-MM-dd}"));
}
