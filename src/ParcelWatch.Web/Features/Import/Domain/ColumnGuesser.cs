using System.Collections.Frozen;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Guesses which report field each column holds from its header, in Russian or English ("Таможня", "Трек",
/// "Дата", "Результат", "Customs point", "Tracking number", …). Each field goes to the first column that names it;
/// others (a comments column, blank trailing columns) are not imported.
/// </summary>
public static class ColumnGuesser
{
    private static readonly FrozenDictionary<string, ImportField> Names = new Dictionary<string, ImportField>
    {
        ["shop"] = ImportField.Shop, ["store"] = ImportField.Shop, ["магазин"] = ImportField.Shop, ["площадка"] = ImportField.Shop,
        ["order"] = ImportField.OrderNumber, ["ordernumber"] = ImportField.OrderNumber, ["orderno"] = ImportField.OrderNumber,
        ["заказ"] = ImportField.OrderNumber, ["номерзаказа"] = ImportField.OrderNumber,
        ["tracking"] = ImportField.TrackingNumber, ["trackingnumber"] = ImportField.TrackingNumber, ["track"] = ImportField.TrackingNumber,
        ["трек"] = ImportField.TrackingNumber, ["трекномер"] = ImportField.TrackingNumber, ["треккод"] = ImportField.TrackingNumber,
        ["customs"] = ImportField.CustomsPoint, ["customspoint"] = ImportField.CustomsPoint, ["customspointcode"] = ImportField.CustomsPoint,
        ["таможня"] = ImportField.CustomsPoint, ["ммпо"] = ImportField.CustomsPoint, ["пункт"] = ImportField.CustomsPoint,
        ["гдезастряла"] = ImportField.CustomsPoint, ["местотаможни"] = ImportField.CustomsPoint, ["таможенныйпост"] = ImportField.CustomsPoint, ["место"] = ImportField.CustomsPoint,
        ["таможенныйпункт"] = ImportField.CustomsPoint,
        ["brand"] = ImportField.Brand, ["бренд"] = ImportField.Brand, ["марка"] = ImportField.Brand, ["производитель"] = ImportField.Brand,
        ["model"] = ImportField.Model, ["модель"] = ImportField.Model, ["товар"] = ImportField.Model, ["item"] = ImportField.Model,
        ["product"] = ImportField.Model, ["модельтелефона"] = ImportField.Model, ["устройство"] = ImportField.Model, ["чтозаказали"] = ImportField.Model,
        ["category"] = ImportField.Category, ["категория"] = ImportField.Category, ["тип"] = ImportField.Category,
        ["declaration"] = ImportField.DeclarationText, ["declarationtext"] = ImportField.DeclarationText, ["cn22"] = ImportField.DeclarationText,
        ["декларация"] = ImportField.DeclarationText, ["описание"] = ImportField.DeclarationText, ["описаниевдекларации"] = ImportField.DeclarationText,
        ["value"] = ImportField.DeclaredValue, ["declaredvalue"] = ImportField.DeclaredValue, ["price"] = ImportField.DeclaredValue,
        ["стоимость"] = ImportField.DeclaredValue, ["цена"] = ImportField.DeclaredValue, ["сумма"] = ImportField.DeclaredValue,
        ["заявленнаястоимость"] = ImportField.DeclaredValue, ["стоимостьвдекларации"] = ImportField.DeclaredValue,
        ["currency"] = ImportField.Currency, ["валюта"] = ImportField.Currency,
        ["shipped"] = ImportField.ShippedOn, ["shippedon"] = ImportField.ShippedOn, ["shipdate"] = ImportField.ShippedOn,
        ["датаотправки"] = ImportField.ShippedOn, ["отправлена"] = ImportField.ShippedOn, ["отправка"] = ImportField.ShippedOn,
        ["arrived"] = ImportField.ArrivedOn, ["arrivedon"] = ImportField.ArrivedOn, ["arrivedatcustoms"] = ImportField.ArrivedOn,
        ["датаприбытия"] = ImportField.ArrivedOn, ["прибыла"] = ImportField.ArrivedOn, ["поступление"] = ImportField.ArrivedOn,
        ["прибыланатаможню"] = ImportField.ArrivedOn, ["поступиланатаможню"] = ImportField.ArrivedOn, ["натаможне"] = ImportField.ArrivedOn,
        ["outcome"] = ImportField.Outcome, ["result"] = ImportField.Outcome, ["status"] = ImportField.Outcome,
        ["результат"] = ImportField.Outcome, ["итог"] = ImportField.Outcome, ["статус"] = ImportField.Outcome,
        ["date"] = ImportField.OutcomeOn, ["outcomedate"] = ImportField.OutcomeOn, ["decidedon"] = ImportField.OutcomeOn,
        ["дата"] = ImportField.OutcomeOn, ["датарешения"] = ImportField.OutcomeOn, ["датарезультата"] = ImportField.OutcomeOn,
        ["датаитога"] = ImportField.OutcomeOn, ["когда"] = ImportField.OutcomeOn,
    }.ToFrozenDictionary();

    /// <summary>Whether any header is written in Cyrillic: then a date such as 03.04.2017 is day-first.</summary>
    public static bool HasRussianHeaders(IEnumerable<string> headers) =>
        headers.Any(header => header.Any(c => c is (>= 'А' and <= 'я') or 'ё' or 'Ё'));

    /// <summary>The field of each column (null: not imported), from the header row.</summary>
    public static IReadOnlyList<ImportField?> Guess(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<ImportField>();
        return headers.Select(header =>
            Names.TryGetValue(LookupKey.Of(header), out var field) && taken.Add(field) ? field : (ImportField?)null).ToList();
    }
}
