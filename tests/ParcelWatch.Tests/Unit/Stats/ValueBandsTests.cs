using ParcelWatch.Data.Entities;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>The declared-value bands: dollar limits at fixed rough rates, lower limit in the band, unknown currencies in none.</summary>
public sealed class ValueBandsTests
{
    [Theory]
    [InlineData("0", "USD", ValueBand.Under20)]
    [InlineData("19.99", "USD", ValueBand.Under20)]
    [InlineData("20", "USD", ValueBand.From20To50)]
    [InlineData("49.99", "usd", ValueBand.From20To50)]
    [InlineData("50", "USD", ValueBand.From50To100)]
    [InlineData("150", "USD", ValueBand.From100To200)]
    [InlineData("200", "USD", ValueBand.From200)]
    [InlineData("1000000", "USD", ValueBand.From200)]
    [InlineData("1199.99", "RUB", ValueBand.Under20)]
    [InlineData("1200", "RUB", ValueBand.From20To50)]
    [InlineData("5999", "RUB", ValueBand.From50To100)]
    [InlineData("12000", "RUB", ValueBand.From200)]
    [InlineData("135.99", "CNY", ValueBand.Under20)]
    [InlineData("136", "CNY", ValueBand.From20To50)]
    [InlineData("679", "CNY", ValueBand.From50To100)]
    [InlineData("17.99", "EUR", ValueBand.Under20)]
    [InlineData("18", "EUR", ValueBand.From20To50)]
    [InlineData("90", "EUR", ValueBand.From100To200)]
    [InlineData("156", "GBP", ValueBand.From200)]
    [InlineData("155.99", "gbp", ValueBand.From100To200)]
    public void A_value_falls_in_the_band_of_its_dollar_worth(string value, string currency, ValueBand band) =>
        Assert.Equal(band, ValueBands.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), currency));

    [Theory]
    [InlineData(null, "USD")]
    [InlineData("30", null)]
    [InlineData("30", "JPY")]
    [InlineData("30", "UAH")]
    public void No_value_or_an_unknown_currency_is_in_no_band(string? value, string? currency) =>
        Assert.Null(ValueBands.Of(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), currency));

    [Fact]
    public void Every_band_but_the_first_starts_at_a_limit_and_the_limits_rise() =>
        Assert.Equal(Enum.GetValues<ValueBand>().Length - 1, ValueBands.DollarLimits.Count);

    [Fact]
    public void The_row_predicate_agrees_with_the_rule()
    {
        var values = new[] { 0m, 17.99m, 18m, 19.99m, 20m, 44.99m, 45m, 49.99m, 50m, 135.99m, 136m, 199.99m, 200m, 1199.99m, 1200m, 12000m };
        var currencies = new[] { "USD", "eur", "GBP", "RUB", "CNY", "JPY" };
        foreach (var band in Enum.GetValues<ValueBand>())
        {
            var holds = ValueBands.Holds(band).Compile();
            foreach (var value in values)
            {
                foreach (var currency in currencies)
                {
                    var report = new ParcelReport { DeclaredValue = value, Currency = currency, TrackingNumber = "x", DeclarationText = "x", ReporterId = "x" };
                    Assert.True(holds(report) == (ValueBands.Of(value, currency) == band), $"{value} {currency} in {band}");
                }
            }
        }
    }
}
