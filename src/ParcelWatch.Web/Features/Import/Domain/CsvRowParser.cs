using System.Collections.Frozen;
using System.Globalization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Reads one spreadsheet row into what the API would receive: a <see cref="ParcelRequest"/> (customs points as people
/// write them, categories in Russian or English or inferred when the sheet has none, brand split from the model cell,
/// dates in the file's layout, values with a decimal comma and a currency sign) and the outcome as events. An outcome
/// with its date becomes the deciding event, after an arrival on the arrival date when the sheet has one. Without an
/// arrival date, days held stay unknown rather than invented. One instance per import: it remembers what it inferred.
/// </summary>
public sealed class CsvRowParser(ImportSettings settings, PointNames points, ProductCatalogue products)
{
    private const int RememberedModels = 4096;

    private static readonly FrozenDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["телефон"] = "Phone", ["смартфон"] = "Phone", ["сотовыйтелефон"] = "Phone", ["планшет"] = "Tablet",
        ["ноутбук"] = "Laptop", ["приставка"] = "Console", ["консоль"] = "Console", ["часы"] = "Wearable",
        ["браслет"] = "Wearable", ["аксессуар"] = "Accessory", ["другое"] = "Other", ["прочее"] = "Other",
        ["неизвестно"] = "Unknown", ["незнаю"] = "Unknown",
    }.ToFrozenDictionary();

    /// <summary>Shops as Russian sheets write them; anything else goes on as written, for the validator to check.</summary>
    private static readonly FrozenDictionary<string, string> Shops = new Dictionary<string, string>
    {
        ["али"] = "AliExpress", ["алиэкспресс"] = "AliExpress", ["алиэкспрес"] = "AliExpress", ["aliexpresscom"] = "AliExpress", ["ali"] = "AliExpress",
        ["гирбест"] = "GearBest", ["гербест"] = "GearBest", ["gearbestcom"] = "GearBest", ["бангуд"] = "Banggood", ["banggoodcom"] = "Banggood",
        ["джум"] = "Joom", ["жум"] = "Joom", ["jdcom"] = "JD", ["джейди"] = "JD", ["другой"] = "Other", ["другое"] = "Other",
    }.ToFrozenDictionary();

    private readonly Dictionary<(string?, string?, string?), string> _inferred = [];
    private readonly Dictionary<(string?, string?), (string?, string?)> _split = [];

    /// <summary>The file's date layout, for the reason given on a date that does not read.</summary>
    public string DateFormat => settings.DateFormat;

    public ParsedRow Parse(IReadOnlyList<string> cells)
    {
        var problems = new List<(ImportField, RowProblem)>();
        var unknown = new List<(ImportField, string)>();
        var shippedOn = Date(cells, ImportField.ShippedOn, problems);
        string? signCurrency = null;
        var value = Cell(cells, ImportField.DeclaredValue) is { } valueText
            ? DecimalFormats.TryParse(valueText, out var number, out signCurrency) ? number : Problem<decimal?>(problems, ImportField.DeclaredValue, RowProblem.UnreadableNumber)
            : null;
        var (brand, model) = BrandAndModel(Cell(cells, ImportField.Brand), Cell(cells, ImportField.Model));
        var declaration = Cell(cells, ImportField.DeclarationText);
        var request = new ParcelRequest(
            ShopName(Cell(cells, ImportField.Shop)),
            Cell(cells, ImportField.OrderNumber),
            Cell(cells, ImportField.TrackingNumber),
            CarrierCode: null,
            Cell(cells, ImportField.CustomsPoint) is { } point ? PointCode(point, problems, unknown) : null,
            brand,
            model,
            Category(Cell(cells, ImportField.Category), brand, model, declaration),
            declaration,
            value,
            Cell(cells, ImportField.Currency) ?? signCurrency ?? (value is null ? null : "USD"),
            shippedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new ParsedRow(request, Events(cells, problems, unknown), problems, unknown);
    }

    private static string? ShopName(string? cell) =>
        cell is null || InputText.TryParseName<Shop>(cell, out _) ? cell : Shops.GetValueOrDefault(LookupKey.Of(cell), cell);

    /// <summary>The brand cell, or the brand the model cell starts with (remembered: a sheet repeats a few models).</summary>
    private (string? Brand, string? Model) BrandAndModel(string? brand, string? model)
    {
        if (_split.TryGetValue((brand, model), out var split))
        {
            return split;
        }

        split = products.SplitBrand(brand, model);
        if (_split.Count < RememberedModels)
        {
            _split[(brand, model)] = split;
        }

        return split;
    }

    /// <summary>The volunteer's mapping for this file, else the catalogue's name or alias; an unknown name goes on for the validator to name.</summary>
    private string PointCode(string text, List<(ImportField, RowProblem)> problems, List<(ImportField, string)> unknown)
    {
        switch (settings.ValueFor(ImportField.CustomsPoint, text))
        {
            case "":
                problems.Add((ImportField.CustomsPoint, RowProblem.Skipped));
                return text;
            case { } mapped:
                return mapped;
        }

        if (points.Find(text) is { } code)
        {
            return code;
        }

        unknown.Add((ImportField.CustomsPoint, text));
        return text;
    }

    /// <summary>The sheet's category (its words in Russian or English), or the one the model, brand or declaration tells.</summary>
    private string Category(string? cell, string? brand, string? model, string? declaration)
    {
        if (cell is not null)
        {
            return InputText.TryParseName<ProductCategory>(cell, out _) ? cell
                : Categories.TryGetValue(LookupKey.Of(cell), out var known) ? known
                : products.CategoryOfWords(cell)?.ToString() ?? cell;
        }

        if (_inferred.TryGetValue((brand, model, declaration), out var inferred))
        {
            return inferred;
        }

        inferred = products.Infer(brand, model, declaration).ToString();
        if (_inferred.Count < RememberedModels)
        {
            _inferred[(brand, model, declaration)] = inferred;
        }

        return inferred;
    }

    private List<OutcomeEventFact> Events(IReadOnlyList<string> cells, List<(ImportField, RowProblem)> problems, List<(ImportField, string)> unknown)
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

        var mapped = settings.ValueFor(ImportField.Outcome, outcomeText);
        if (mapped == "")
        {
            problems.Add((ImportField.Outcome, RowProblem.Skipped));
            return events;
        }

        if (!OutcomeWords.TryRead(mapped ?? outcomeText, out var kind))
        {
            problems.Add((ImportField.Outcome, RowProblem.UnknownOutcome));
            unknown.Add((ImportField.Outcome, outcomeText));
            return events;
        }

        if (kind is { } happened)
        {
            if (outcomeOn is { } on)
            {
                events.Add(new OutcomeEventFact(happened, on));
            }
            else if (happened != OutcomeEventKind.Held && !problems.Exists(p => p.Item1 == ImportField.OutcomeOn))
            {
                problems.Add((ImportField.OutcomeOn, RowProblem.OutcomeWithoutDate)); // held without a date: still pending, nothing to refuse
            }
        }

        return events;
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
