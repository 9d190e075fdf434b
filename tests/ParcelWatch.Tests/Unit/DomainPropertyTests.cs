using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Unit;

/// <summary>
/// Properties of the domain rules, checked by FsCheck over 5,000 generated inputs each: what must hold for any input,
/// not only for the examples the other tests pick. A failure prints the shrunk input and the seed to replay it.
/// </summary>
public sealed class DomainPropertyTests
{
    private const int Cases = 5_000;

    /// <summary>Letters, digits, separators, other scripts' digits, full-width forms, and both halves of an emoji.</summary>
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789 -\t\u00A0١٢٣Ｒ１😀.,/\u0000$";

    private static Config Settings => Config.QuickThrowOnFailure.WithMaxTest(Cases);

    [Fact]
    public void Normalizing_a_tracking_number_twice_changes_nothing_and_leaves_no_separators() =>
        Prop.ForAll(Texts(30), input =>
        {
            var once = TrackingNumbers.Normalize(input);

            Assert.Equal(once, TrackingNumbers.Normalize(once));
            Assert.DoesNotContain(once, c => c == '-' || char.IsWhiteSpace(c));
        }).Check(Settings);

    [Fact]
    public void Every_S10_number_with_its_computed_check_digit_is_valid_and_every_other_digit_is_not() =>
        Prop.ForAll(S10Parts(), parts =>
        {
            var (prefix, serial, suffix, offset) = parts;
            var check = S10.ComputeCheckDigit(serial);
            var wrong = (check + offset) % 10;

            Assert.True(S10.HasValidCheckDigit($"{prefix}{serial}{check}{suffix}"));
            Assert.False(S10.HasValidCheckDigit($"{prefix}{serial}{wrong}{suffix}"));
            Assert.Equal(TrackingNumberFormat.S10, TrackingNumbers.Analyze($" {prefix.ToLowerInvariant()} {serial}-{check} {suffix} ").Format);
        }).Check(Settings);

    [Fact]
    public void Analyzing_any_text_never_throws_and_only_well_formed_numbers_count_as_S10() =>
        Prop.ForAll(Texts(20), input =>
        {
            var analysis = TrackingNumbers.Analyze(input);

            Assert.Equal(S10.IsS10Format(analysis.Normalized), analysis.Format == TrackingNumberFormat.S10);
            Assert.Equal(analysis.Format == TrackingNumberFormat.S10, analysis.CheckDigitValid is not null);
        }).Check(Settings);

    [Fact]
    public void A_Wilson_interval_lies_within_0_and_1_and_holds_the_observed_rate() =>
        Prop.ForAll(Gen.Choose(1, 100_000).SelectMany(trials => Gen.Choose(0, trials).Select(successes => (successes, trials))).ToArbitrary(), sample =>
        {
            var (successes, trials) = sample;
            var interval = Wilson.Interval95(successes, trials)!.Value;
            var rate = (double)successes / trials;

            Assert.InRange(interval.Low, 0, rate + 1e-12);
            Assert.InRange(interval.High, rate - 1e-12, 1);
        }).Check(Settings);

    [Fact]
    public void A_normalized_declaration_normalizes_to_itself_and_holds_only_lower_case_letters_and_single_spaces() =>
        Prop.ForAll(Texts(40), text =>
        {
            var wording = DeclarationWording.Normalize(text);

            Assert.Equal(wording, DeclarationWording.Normalize(wording));
            Assert.All(wording, c => Assert.True(c == ' ' || (char.IsLetter(c) && c == char.ToLowerInvariant(c)), $"'{c}' in '{wording}'"));
            Assert.DoesNotContain("  ", wording, StringComparison.Ordinal);
        }).Check(Settings);

    /// <summary>Texts of up to <paramref name="length"/> characters of <see cref="Alphabet"/>, lone surrogate halves included.</summary>
    private static Arbitrary<string> Texts(int length) =>
        Gen.Choose(0, length).SelectMany(n => Gen.Elements(Alphabet.ToCharArray()).ArrayOf(n)).Select(chars => new string(chars)).ToArbitrary();

    /// <summary>Two prefix letters, eight serial digits, two country letters, and a non-zero offset for a wrong check digit.</summary>
    private static Arbitrary<(string Prefix, string Serial, string Suffix, int Offset)> S10Parts()
    {
        var letters = Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()).ArrayOf(2).Select(chars => new string(chars));
        var serial = Gen.Choose(0, 99_999_999).Select(n => n.ToString("D8", CultureInfo.InvariantCulture));
        return letters.SelectMany(prefix => serial.SelectMany(digits => letters.SelectMany(suffix =>
            Gen.Choose(1, 9).Select(offset => (prefix, digits, suffix, offset))))).ToArbitrary();
    }
}
