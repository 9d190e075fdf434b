using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class TrackingNumbersTests
{
    [Theory]
    [InlineData(" rb 1234-5678 5 gb ", "RB123456785GB")]
    [InlineData("RB 1234 5678 5 GB", "RB123456785GB")]
    [InlineData("\tRR\u00A0471539284-CN\r\n", "RR471539284CN")]
    [InlineData("lp00123456789012", "LP00123456789012")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Normalize_trims_upper_cases_and_drops_spaces_and_dashes(string? input, string expected) =>
        Assert.Equal(expected, TrackingNumbers.Normalize(input));

    [Fact]
    public void Normalize_keeps_other_characters() =>
        Assert.Equal("RB_12.3", TrackingNumbers.Normalize("rb_12.3"));

    [Fact]
    public void A_pasted_S10_number_is_analyzed_in_full()
    {
        var analysis = TrackingNumbers.Analyze(" rr 4715-3928 4 cn ");

        Assert.Equal(" rr 4715-3928 4 cn ", analysis.Input);
        Assert.Equal("RR471539284CN", analysis.Normalized);
        Assert.Equal(TrackingNumberFormat.S10, analysis.Format);
        Assert.True(analysis.CheckDigitValid);
        Assert.Equal("RR", analysis.ServiceIndicator?.Code);
        Assert.StartsWith("Registered letter post", analysis.ServiceIndicator?.MeaningEn, StringComparison.Ordinal);
        Assert.Equal("CN", analysis.CountryCode);
        Assert.Equal("China Post", analysis.Carrier?.OperatorEn);
    }

    [Fact]
    public void A_wrong_check_digit_is_reported_but_the_rest_is_still_read()
    {
        var analysis = TrackingNumbers.Analyze("RB123456786US");

        Assert.Equal(TrackingNumberFormat.S10, analysis.Format);
        Assert.False(analysis.CheckDigitValid);
        Assert.Equal("US", analysis.CountryCode);
        Assert.Equal("United States Postal Service (USPS)", analysis.Carrier?.OperatorEn);
    }

    [Fact]
    public void An_unknown_country_suffix_keeps_the_code_without_a_carrier()
    {
        var analysis = TrackingNumbers.Analyze("RB123456785XX");

        Assert.Equal(TrackingNumberFormat.S10, analysis.Format);
        Assert.True(analysis.CheckDigitValid);
        Assert.Equal("XX", analysis.CountryCode);
        Assert.Null(analysis.Carrier);
    }

    [Theory]
    [InlineData("LP00123456789012")] // Cainiao
    [InlineData("YT1234567890123456")] // Yanwen
    [InlineData("10100071234567")] // Russian Post domestic
    [InlineData("RB１２３４５６７８５GB")] // full-width digits
    [InlineData("RB١٢٣٤٥٦٧٨٥GB")] // Arabic-Indic digits
    [InlineData("")]
    public void Other_formats_carry_no_details(string input)
    {
        var analysis = TrackingNumbers.Analyze(input);

        Assert.Equal(TrackingNumberFormat.Other, analysis.Format);
        Assert.Equal(TrackingNumbers.Normalize(input), analysis.Normalized);
        Assert.Null(analysis.CheckDigitValid);
        Assert.Null(analysis.ServiceIndicator);
        Assert.Null(analysis.CountryCode);
        Assert.Null(analysis.Carrier);
    }

    [Fact]
    public void Null_input_is_analyzed_as_empty()
    {
        var analysis = TrackingNumbers.Analyze(null);

        Assert.Equal("", analysis.Input);
        Assert.Equal("", analysis.Normalized);
        Assert.Equal(TrackingNumberFormat.Other, analysis.Format);
    }
}
