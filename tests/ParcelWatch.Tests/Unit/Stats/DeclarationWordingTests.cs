using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Unit.Stats;

public sealed class DeclarationWordingTests
{
    [Theory]
    [InlineData("ANDROID PHONE. VALUE $18", "android phone")]
    [InlineData("android phone", "android phone")]
    [InlineData("  Cell-Phone!!  ", "cell phone")]
    [InlineData("cell phone, value: 150 USD", "cell phone")]
    [InlineData("Mobile phone $45.90", "mobile phone")]
    [InlineData("Телефон, стоимость 20$", "телефон")]
    [InlineData("ＣＥＬＬ ＰＨＯＮＥ", "cell phone")]
    [InlineData("gift", "gift")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Same_wording_whatever_the_case_punctuation_and_value(string? text, string expected) =>
        Assert.Equal(expected, DeclarationWording.Normalize(text));

    [Fact]
    public void Different_wordings_stay_different() =>
        Assert.NotEqual(DeclarationWording.Normalize("cell phone"), DeclarationWording.Normalize("android phone"));
}
