using System.Collections.Frozen;
using System.Globalization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Reads one spreadsheet row into what the API would receive: a <see cref="ParcelRequest"/> (customs points by code or
/// by name, categories in Russian or English, dates in the file's layout, values with a decimal comma) and the outcome
/// as events. An outcome with its date becomes the deciding event, after an arrival on the arrival date when the
/// sheet has one. Without an arrival date, days held stay unknown rather than invented.
/// </summary>
public sealed class CsvRowParser(ImportSettings settings, Func<string, string?> customsPointCode)
{
    private static readonly FrozenDictionary<string, OutcomeEventKind?> Outcomes = new Dictionary<string, OutcomeEventKind?>
    {
        ["released"] = OutcomeEventKind.Released, ["passed"] = OutcomeEventKind.Released, ["pass"] = OutcomeEventKind.Released,
        ["выпущена"] = OutcomeEventKind.Released, ["выпущено"] = OutcomeEventKind.Released, ["выпуск"] = OutcomeEventKind.Released,
        ["прошла"] = OutcomeEventKind.Released, ["прошло"] = OutcomeEventKind.Released, ["пропущена"] = OutcomeEventKind.Released,
        ["returned"] = OutcomeEventKind.Returned, ["return"] = OutcomeEventKind.Returned, ["возврат"] = OutcomeEventKind.Returned,
        ["возвращена"] = OutcomeEventKind.Returned, ["вернули"] = OutcomeEventKind.Returned, ["отказ"] = OutcomeEventKind.Returned,
        ["seized"] = OutcomeEventKind.Seized, ["изъята"] = OutcomeEventKind.Seized, ["изъятие"] = OutcomeEventKind.Seized,
        ["конфискована"] = OutcomeEventKind.Seized,
        ["held"] = OutcomeEventKind.Held, ["задержана"] = OutcomeEventKind.Held, ["задержка"] = OutcomeEventKind.Held,
        ["delivered"] = OutcomeEventKind.Delivered, ["вручена"] = OutcomeEventKind.Delivered, ["получена"] = OutcomeEventKind.Delivered,
        ["pending"] = null, ["ждём"] = null, ["ждем"] = null, ["впути"] = null, ["неизвестно"] = null,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["телефон"] = "Phone", ["смартфон"] = "Phone", ["сотовыйтелефон"] = "Phone", ["планшет"] = "Tablet",
        ["ноутбук"] = "Laptop", ["приставка"] = "Console", ["консоль"] = "Console", ["часы"] = "Wearable",
        ["браслет"] = "Wearable", ["аксессуар"] = "Accessory", ["другое"] = "Other", ["прочее"] = "Other",
    }.ToFrozenDictionary();

    public ParsedRow Parse(IReadOnlyList<string> cells)
    {
        var problems = new List<(ImportField, RowProblem)>();
        var shippedOn = Date(cells, ImportField.ShippedOn, problems);
        var value = Cell(cells, ImportField.DeclaredValue) is { } valueText
            ? DecimalFormats.TryParse(valueText, out var number) ? number : Problem<decimal?>(problems, ImportField.DeclaredValue, RowProblem.UnreadableNumber)
            : null;
        var request = new ParcelRequest(
            Cell(cells, ImportField.Shop),
            Cell(cells, ImportField.OrderNumber),
            Cell(cells, ImportField.TrackingNumber),
            CarrierCode: null,
            Cell(cells, ImportField.CustomsPoint) is { } point ? customsPointCode(point) ?? point : null,
            Cell(cells, ImportField.Brand),
            Cell(cells, ImportField.Model),
            Cell(cells, ImportField.Category) is { } category && Categories.TryGetValue(LookupKey.Of(category), out var known) ? known : Cell(cells, ImportField.Category),
            Cell(cells, ImportField.DeclarationText),
            value,
            Cell(cells, ImportField.Currency) ?? (value is null ? null : "USD"),
            shippedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new ParsedRow(request, Events(cells, problems), problems);
    }

    private List<OutcomeEventFact> Events(IReadOnlyList<string> cells, List<(ImportField, RowProblem)> problems)
    {
        var arrivedOn = Date(cells, ImportField.ArrivedOn, problems);
        var outcomeOn = Date(cells, ImportField.OutcomeOn, problems);
        var events = new List<OutcomeEventFact>();
        if (arrivedOn is { } arrived)
        {
            events.Add(new OutcomeEventFact(OutcomeEventKind.ArrivedAtCustoms, arrived));
        }

        var outcomeText = Cell(cells, ImportField.Outcome);
        if (outcomeText is null)
        {
            if (outcomeOn is not null)
            {
                problems.Add((ImportField.OutcomeOn, RowProblem.DateWithoutOutcome));
            }

            return events;
        }

        if (!TryReadOutcome(outcomeText, out var kind))
        {
            problems.Add((ImportField.Outcome, RowProblem.UnknownOutcome));
            return events;
        }

        if (kind is { } happened)
        {
            if (outcomeOn is { } on)
            {
                events.Add(new OutcomeEventFact(happened, on));
            }
            else if (!problems.Exists(p => p.Item1 == ImportField.OutcomeOn))
            {
                problems.Add((ImportField.OutcomeOn, RowProblem.OutcomeWithoutDate));
            }
        }

        return events;
    }

    /// <summary>A known word (null kind: still pending), or an event kind's own name.</summary>
    private static bool TryReadOutcome(string text, out OutcomeEventKind? kind)
    {
        if (Outcomes.TryGetValue(LookupKey.Of(text), out kind))
        {
            return true;
        }

        var isKind = Enum.TryParse(text.Trim(), ignoreCase: true, out OutcomeEventKind parsed) && Enum.IsDefined(parsed) && !text.Trim().All(char.IsDigit);
        kind = isKind ? parsed : null;
        return isKind;
    }

    private DateOnly? Date(IReadOnlyList<string> cells, ImportField field, List<(ImportField, RowProblem)> problems) =>
        Cell(cells, field) is not { } text ? null
        : DateFormats.TryParse(text, settings.DateFormat, out var date) ? date
        : Problem<DateOnly?>(problems, field, RowProblem.UnreadableDate);

    private string? Cell(IReadOnlyList<string> cells, ImportField field) =>
        settings.Columns.TryGetValue(field, out var index) && index < cells.Count && !string.IsNullOrWhiteSpace(cells[index])
            ? cells[index].Trim()
            : null;

    private static T? Problem<T>(List<(ImportField, RowProblem)> problems, ImportField field, RowProblem problem)
    {
        problems.Add((field, problem));
        return default;
    }
}
