using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class ServiceIndicatorCatalogTests
{
    [Theory]
    [InlineData("RR", "Registered letter post (not insured)")]
    [InlineData("RB", "Registered letter post (not insured)")]
    [InlineData("EE", "EMS (Express Mail Service)")]
    [InlineData("CP", "Parcel post")]
    [InlineData("VV", "Insured letter post")]
    [InlineData("MA", "M bags (printed matter in a sack to one addressee)")]
    [InlineData("JJ", "Reserved, never a valid service indicator")]
    [InlineData("FA", "Unassigned")]
    public void Meaning_comes_from_the_first_letter(string code, string meaningEn)
    {
        var indicator = ServiceIndicatorCatalog.Describe(code);

        Assert.NotNull(indicator);
        Assert.Equal(code, indicator.Code);
        Assert.Equal(meaningEn, indicator.MeaningEn);
    }

    [Fact]
    public void Tracked_small_packets_are_letter_post_express() =>
        Assert.StartsWith("Letter post express", ServiceIndicatorCatalog.Describe("LK")?.MeaningEn, StringComparison.Ordinal);

    [Fact]
    public void Russian_meaning_is_loaded() =>
        Assert.Equal(
            "Регистрируемое (заказное) отправление письменной корреспонденции без объявленной ценности",
            ServiceIndicatorCatalog.Describe("RA")?.MeaningRu);

    [Theory]
    [InlineData("CZ", "CZ: requires bilateral agreement", "CZ: требуется двустороннее соглашение")]
    [InlineData("EX", "EX-EZ: requires bilateral agreement", "EX-EZ: требуется двустороннее соглашение")]
    [InlineData("EZ", "EX-EZ: requires bilateral agreement", "EX-EZ: требуется двустороннее соглашение")]
    [InlineData("HY", "HX-HY: requires multilateral agreement", "HX-HY: требуется многостороннее соглашение")]
    [InlineData("RZ", "RZ: requires bilateral agreement", "RZ: требуется двустороннее соглашение")]
    public void Range_conditions_are_added(string code, string conditionEn, string conditionRu)
    {
        var indicator = ServiceIndicatorCatalog.Describe(code);

        Assert.NotNull(indicator);
        Assert.EndsWith("; " + conditionEn, indicator.MeaningEn, StringComparison.Ordinal);
        Assert.EndsWith("; " + conditionRu, indicator.MeaningRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EW", "EMS (Express Mail Service)")]
    [InlineData("HZ", "E-commerce parcels; HZ: requires bilateral agreement")] // HZ is its own range, not HX-HY
    [InlineData("RY", "Registered letter post (not insured)")]
    public void Neighbours_of_a_range_keep_their_own_meaning(string code, string meaningEn) =>
        Assert.Equal(meaningEn, ServiceIndicatorCatalog.Describe(code)?.MeaningEn);

    [Fact]
    public void Every_letter_has_a_meaning() =>
        Assert.All(Enumerable.Range('A', 26), letter =>
        {
            var indicator = ServiceIndicatorCatalog.Describe($"{(char)letter}A");
            Assert.NotNull(indicator);
            Assert.False(string.IsNullOrWhiteSpace(indicator.MeaningEn));
            Assert.False(string.IsNullOrWhiteSpace(indicator.MeaningRu));
        });

    [Theory]
    [InlineData("rr")]
    [InlineData("R")]
    [InlineData("RRR")]
    [InlineData("R1")]
    [InlineData("")]
    [InlineData("ＲＲ")]
    public void Anything_but_two_ascii_capitals_is_unknown(string code) => Assert.Null(ServiceIndicatorCatalog.Describe(code));
}
