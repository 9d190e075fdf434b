using System.Collections.Frozen;
using System.Globalization;
using System.Linq.Expressions;

namespace ParcelWatch.Data.Entities;

/// <summary>
/// A band of the declared value, in US dollars at fixed rough rates (docs/decisions/ADR-022-Declared-value-bands.md):
/// a buyer asks "declared at about $30", not for an exact figure. Counted in the statistics from the report's
/// <see cref="ParcelReport.DeclaredValue"/> and <see cref="ParcelReport.Currency"/> (<see cref="ValueBands"/>).
/// </summary>
public enum ValueBand
{
    /// <summary>Under $20.</summary>
    Under20 = 0,

    /// <summary>$20 up to $50.</summary>
    From20To50 = 1,

    /// <summary>$50 up to $100.</summary>
    From50To100 = 2,

    /// <summary>$100 up to $200.</summary>
    From100To200 = 3,

    /// <summary>$200 and more.</summary>
    From200 = 4,
}

/// <summary>
/// The one rule of the value bands: the band limits in US dollars, turned into each known currency at a fixed rate
/// (units per dollar, round 2017 figures; the bands are rough on purpose, so the rate never changes a stored count).
/// A value in another currency, or without one, is in no band; the code is read ignoring case. The same limits make the C# rule and the SQL of the
/// statistics triggers (<see cref="StatsCellSql"/>).
/// </summary>
public static class ValueBands
{
    /// <summary>The lower limits, in dollars, of every band but the first.</summary>
    public static readonly IReadOnlyList<decimal> DollarLimits = [20m, 50m, 100m, 200m];

    /// <summary>Units of each known currency per US dollar.</summary>
    public static readonly FrozenDictionary<string, decimal> UnitsPerDollar = new Dictionary<string, decimal>
    {
        ["USD"] = 1m, ["EUR"] = 0.9m, ["GBP"] = 0.78m, ["RUB"] = 60m, ["CNY"] = 6.8m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The band of a declared value; null without a value or in a currency of no known rate.</summary>
    public static ValueBand? Of(decimal? value, string? currency)
    {
        if (value is not { } amount || currency is null || !UnitsPerDollar.TryGetValue(currency, out var units))
        {
            return null;
        }

        return (ValueBand)DollarLimits.Count(limit => amount >= limit * units);
    }

    /// <summary>The band number of the report row <paramref name="r"/> in SQL both providers run, or -1.</summary>
    public static string SqlExpression(string r)
    {
        var amount = $"CAST({r}.\"DeclaredValue\" AS DOUBLE PRECISION)";
        var perCurrency = UnitsPerDollar.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
        {
            var limits = DollarLimits.Select((limit, band) =>
                string.Create(CultureInfo.InvariantCulture, $"WHEN {amount} < {limit * c.Value} THEN {band}"));
            return $"WHEN '{c.Key}' THEN CASE {string.Join(' ', limits)} ELSE {DollarLimits.Count} END";
        });
        return $"CASE WHEN {r}.\"DeclaredValue\" IS NULL THEN -1 ELSE CASE UPPER({r}.\"Currency\") {string.Join(' ', perCurrency)} ELSE -1 END END";
    }

    /// <summary>
    /// Reports whose declared value is in <paramref name="band"/>: the same limits as <see cref="Of"/>, for queries over
    /// the report rows (the free-text declaration filter and the exports, which the cells cannot answer).
    /// </summary>
    public static Expression<Func<ParcelReport, bool>> Holds(ValueBand band)
    {
        var report = Expression.Parameter(typeof(ParcelReport), "p");
        var value = Expression.Property(report, nameof(ParcelReport.DeclaredValue));
        var currency = Expression.Call(Expression.Property(report, nameof(ParcelReport.Currency)), nameof(string.ToUpper), Type.EmptyTypes);
        var index = (int)band;
        Expression body = Expression.Constant(false);
        foreach (var (code, units) in UnitsPerDollar)
        {
            Expression inBand = Expression.Equal(currency, Expression.Constant(code));
            if (index > 0)
            {
                inBand = Expression.AndAlso(inBand, Expression.GreaterThanOrEqual(value, Expression.Constant((decimal?)(DollarLimits[index - 1] * units), typeof(decimal?))));
            }

            if (index < DollarLimits.Count)
            {
                inBand = Expression.AndAlso(inBand, Expression.LessThan(value, Expression.Constant((decimal?)(DollarLimits[index] * units), typeof(decimal?))));
            }

            body = Expression.OrElse(body, inBand);
        }

        return Expression.Lambda<Func<ParcelReport, bool>>(body, report);
    }
}
