using BenchmarkDotNet.Attributes;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Stats.Domain;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// The pure domain rules every request or imported row runs, per call. Baseline: normalizing a tracking number
/// (trim, upper-case, drop spaces and dashes), the cheapest step of every report.
/// </summary>
[MemoryDiagnoser]
public class DomainBenchmarks
{
    private readonly string _tracking = " rr 1234-5678-5 cn ";

    private readonly (int Passed, int Decided) _sample = (81, 263);

    private readonly string _declaration = "Mobile Phone (Xiaomi Redmi 4X), 1 pcs, $150.00 — USED";

    private readonly OutcomeEventFact[] _canonical =
        [new(OutcomeEventKind.ArrivedAtCustoms, new DateOnly(2017, 4, 10)), new(OutcomeEventKind.Held, new DateOnly(2017, 4, 11))];

    private readonly OutcomeEventFact[] _duplicate =
        [new(OutcomeEventKind.ArrivedAtCustoms, new DateOnly(2017, 4, 10)), new(OutcomeEventKind.Returned, new DateOnly(2017, 4, 14))];

    private readonly string[] _row = ["RR123456785CN", "Оренбург", "телефон", "возврат", "12.04.2017", "10.04.2017", "1 250,50"];

    private readonly CsvRowParser _parser = new(
        new ImportSettings(
            ColumnGuesser.Guess(["Трек", "Таможня", "Категория", "Результат", "Дата", "Дата прибытия", "Стоимость"])
                .Select((field, column) => (Field: field!.Value, Column: column)).ToDictionary(c => c.Field, c => c.Column),
            "dd.MM.yyyy"),
        PointNames.For([("orenburg", ["ММПО Оренбург", "Оренбург"])], CustomsPointAliases.DropWords),
        ProductCatalogue.Embedded);

    [Benchmark(Baseline = true, Description = "tracking number: normalize")]
    public string Normalize() => TrackingNumbers.Normalize(_tracking);

    [Benchmark(Description = "tracking number: S10 check digit, carrier, service")]
    public TrackingNumberAnalysis S10Check() => TrackingNumbers.Analyze(_tracking);

    [Benchmark(Description = "Wilson 95% interval, 81 of 263")]
    public Interval? WilsonInterval() => Wilson.Interval95(_sample.Passed, _sample.Decided);

    [Benchmark(Description = "declaration wording: normalize")]
    public string Wording() => DeclarationWording.Normalize(_declaration);

    [Benchmark(Description = "merge planning: events to move")]
    public IReadOnlyList<int> MergePlanning() => EventMerge.EventsToMove(_canonical, _duplicate);

    [Benchmark(Description = "import: read one spreadsheet row (columns guessed from Russian headers)")]
    public ParsedRow ImportRow() => _parser.Parse(_row);
}
