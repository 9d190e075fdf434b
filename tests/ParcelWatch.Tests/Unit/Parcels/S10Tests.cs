using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class S10Tests
{
    // Check digits worked out by hand with weights 8,6,4,2,3,5,9,7, e.g. 47153928:
    // 32+42+4+10+9+45+18+56 = 216, 216 mod 11 = 7, 11 - 7 = 4.
    [Theory]
    [InlineData("12345678", 5)] // S = 204, mod 11 = 6
    [InlineData("47153928", 4)] // S = 216, mod 11 = 7
    [InlineData("51234567", 9)] // S = 200, mod 11 = 2
    [InlineData("51234517", 0)] // S = 155, mod 11 = 1: C = 10, written 0
    [InlineData("02000000", 0)] // S = 12, mod 11 = 1: C = 10, written 0
    [InlineData("12398765", 5)] // S = 198, mod 11 = 0: C = 11, written 5
    [InlineData("10001000", 5)] // S = 11, mod 11 = 0: C = 11, written 5
    [InlineData("00000000", 5)] // S = 0: C = 11, written 5
    public void Check_digit_follows_the_weights_and_both_special_cases(string serial, int expected) =>
        Assert.Equal(expected, S10.ComputeCheckDigit(serial));

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567A")]
    [InlineData("1234567١")] // Arabic-Indic one
    public void Check_digit_needs_exactly_eight_ascii_digits(string serial) =>
        Assert.Throws<ArgumentException>(() => S10.ComputeCheckDigit(serial));

    [Theory]
    [InlineData("RB123456785GB")]
    [InlineData("RR473124829GB")] // examples from s10-service-indicators.json
    [InlineData("EE471108151FR")]
    [InlineData("RR471539284CN")] // China Post registered, worked out above
    [InlineData("RR512345679CN")]
    [InlineData("RR512345170CN")] // 10 → 0
    [InlineData("LK123987655CN")] // 11 → 5, tracked small packet
    [InlineData("RR020000000CN")] // 10 → 0
    [InlineData("EE100010005CN")] // 11 → 5
    public void Valid_numbers_pass(string number) => Assert.True(S10.HasValidCheckDigit(number));

    [Theory]
    [InlineData("RB123456786US")] // example from the file: should be 5
    [InlineData("RB123456780GB")]
    [InlineData("RB123456784GB")]
    [InlineData("RR471539285CN")]
    [InlineData("RR512345175CN")] // 5 would be the 11 case, this one is the 10 case
    [InlineData("LK123987650CN")] // 0 would be the 10 case, this one is the 11 case
    public void A_wrong_check_digit_fails(string number) => Assert.False(S10.HasValidCheckDigit(number));

    [Fact]
    public void Every_other_check_digit_than_the_right_one_fails()
    {
        for (var digit = 0; digit <= 9; digit++)
        {
            var number = $"RB12345678{digit}GB";
            Assert.Equal(digit == 5, S10.HasValidCheckDigit(number));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("rb123456785gb")] // not normalized
    [InlineData("RB 123456785GB")]
    [InlineData("LP00123456789012")]
    [InlineData("RB12345678GB")]
    public void Numbers_not_in_S10_format_never_have_a_valid_check_digit(string number) =>
        Assert.False(S10.HasValidCheckDigit(number));

    [Theory]
    [InlineData("RB123456785GB", true)]
    [InlineData("RB123456786US", true)] // shape only, the check digit is not looked at
    [InlineData("LP00123456789012", false)] // Cainiao
    [InlineData("YT1234567890123456", false)] // Yanwen
    [InlineData("10100071234567", false)] // Russian Post domestic, 14 digits
    [InlineData("RB12345678GB", false)]
    [InlineData("RB1234567855GB", false)]
    [InlineData("R1123456785GB", false)]
    [InlineData("RB123456785G1", false)]
    [InlineData("rb123456785gb", false)]
    [InlineData("RB١٢٣٤٥٦٧٨٥GB", false)] // Arabic-Indic digits
    [InlineData("RB۱۲۳۴۵۶۷۸۵GB", false)] // Extended Arabic-Indic (Persian) digits
    [InlineData("RB１２３４５６７８５GB", false)] // full-width digits
    [InlineData("ＲＢ123456785ＧＢ", false)] // full-width letters
    [InlineData("RB123456785G\u212A", false)] // Kelvin sign, which case-insensitive matching would take for K
    [InlineData("RB123456785GB\n", false)]
    [InlineData("", false)]
    public void Format_is_two_ascii_letters_nine_ascii_digits_two_ascii_letters(string normalized, bool expected) =>
        Assert.Equal(expected, S10.IsS10Format(normalized));
}
