using Bunit;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Components;

/// <summary>What the hint under the tracking number says about the number as it is typed, in both languages.</summary>
public sealed class TrackingNumberHintTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - ")]
    public async Task Says_nothing_until_there_is_a_number(string? typed)
    {
        await using var context = ComponentTestContext.Create();

        var hint = Render(context, typed).Find("[data-testid=tracking-hint]");

        Assert.Empty(hint.TextContent.Trim());
        Assert.Equal("polite", hint.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task A_correct_s10_number_names_its_check_digit_carrier_and_service()
    {
        using var _ = new CultureScope("en");
        await using var context = ComponentTestContext.Create();

        var text = Text(Render(context, " ra 123456785 cn "));

        Assert.Equal("UPU S10 number, check digit correct. Carrier: China Post. Registered letter post (not insured)", text.Element);
        Assert.Contains("mud-success-text", text.Classes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_russian_the_carrier_and_service_are_russian_too()
    {
        using var _ = new CultureScope("ru");
        await using var context = ComponentTestContext.Create();

        var text = Text(Render(context, "RA123456785CN"));

        Assert.Equal(
            "Номер формата UPU S10, контрольная цифра верна. Перевозчик: Почта Китая (China Post). "
            + "Регистрируемое (заказное) отправление письменной корреспонденции без объявленной ценности",
            text.Element);
    }

    [Fact]
    public async Task A_wrong_check_digit_is_shown_as_an_error()
    {
        using var _ = new CultureScope("en");
        await using var context = ComponentTestContext.Create();

        var text = Text(Render(context, "RA123456784CN"));

        Assert.StartsWith("UPU S10 number, but the check digit is wrong: check for a typo.", text.Element, StringComparison.Ordinal);
        Assert.Contains("mud-error-text", text.Classes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_format_is_accepted_without_a_check()
    {
        using var _ = new CultureScope("en");
        await using var context = ComponentTestContext.Create();

        var text = Text(Render(context, "LP00123456789013"));

        Assert.Equal("Not a UPU S10 number (e.g. a Cainiao or Yanwen number): accepted without a check.", text.Element);
        Assert.DoesNotContain("mud-error-text", text.Classes, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-success-text", text.Classes, StringComparison.Ordinal);
    }

    private static IRenderedComponent<TrackingNumberHint> Render(BunitContext context, string? typed) =>
        context.Render<TrackingNumberHint>(parameters => parameters.Add(p => p.Analysis, typed is null ? null : TrackingNumbers.Analyze(typed)));

    private static (string Element, string Classes) Text(IRenderedComponent<TrackingNumberHint> hint)
    {
        var paragraph = hint.Find("[data-testid=tracking-hint] > *");
        return (paragraph.TextContent.Trim(), paragraph.ClassName ?? "");
    }
}
