namespace ParcelWatch.Web.Cli.Demo;

/// <summary>A customs point of the demo: its share of the reports and its Xiaomi-phone return rates.</summary>
/// <param name="Code">The code in customs-points.json.</param>
/// <param name="Share">Share of all demo reports.</param>
/// <param name="IsMoscow">Moscow points release within a day or so.</param>
/// <param name="XiaomiPhoneReturnRates">Return rate of Xiaomi phones with phone-like wording per arrival column
/// (see <see cref="DemoScenario.RateColumnOf"/>): March P0, March P1, April, May, June, July.</param>
/// <param name="WeeklySpreads">Per column, how far one week's rate may lie from the column's rate (±).</param>
public sealed record DemoPoint(
    string Code,
    double Share,
    bool IsMoscow,
    IReadOnlyList<double> XiaomiPhoneReturnRates,
    IReadOnlyList<double> WeeklySpreads);
