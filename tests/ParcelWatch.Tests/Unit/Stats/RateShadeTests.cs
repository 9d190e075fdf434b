using System.Globalization;
using MudBlazor.Utilities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Components.Layout;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>The shaded rate cells of the wording matrix keep the theme's text readable (WCAG 1.4.3: 4.5:1), in both themes.</summary>
public sealed class RateShadeTests
{
    public static TheoryData<bool> Themes => new() { false, true };

    [Theory]
    [MemberData(nameof(Themes))]
    public void Text_on_every_shade_has_4_5_to_1_contrast(bool dark)
    {
        var theme = new ThemePreference(dark);
        var mud = ParcelWatchTheme.Theme;
        var text = dark ? mud.PaletteDark.TextPrimary : mud.PaletteLight.TextPrimary;
        var surface = dark ? mud.PaletteDark.Surface : mud.PaletteLight.Surface;
        var shades = Enumerable.Range(0, 11).Select(i => OutcomeTally.Of(i, 10 - i, 0, 0)).Append(OutcomeTally.Of(2, 1, 0, 0))
            .Select(tally => RateShade.For(tally, theme)).ToList();

        Assert.NotEqual(shades[0], shades[10]); // 0% and 100% differ
        Assert.DoesNotContain(shades[11], shades.Take(11)); // too few (2 of 3 decided) is grey, no rate's shade
        foreach (var shade in shades)
        {
            var ratio = ColourContrast.Ratio(Blend(text, new MudColor(surface.ToString(MudColorOutputFormats.Hex))).ToString(MudColorOutputFormats.Hex), shade);
            Assert.True(ratio >= 4.5, $"{text} on {shade}: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1");
        }
    }

    [Fact]
    public void Too_few_decided_is_grey_whatever_the_rate() =>
        Assert.Equal(RateShade.For(OutcomeTally.Of(9, 0, 0, 5), null), RateShade.For(OutcomeTally.Of(0, 9, 0, 0), null));

    /// <summary>A translucent text colour as it shows on the surface.</summary>
    private static MudColor Blend(MudColor text, MudColor ground)
    {
        var alpha = text.A / 255.0;
        byte Channel(byte t, byte g) => (byte)Math.Round((t * alpha) + (g * (1 - alpha)));
        return new MudColor(Channel(text.R, ground.R), Channel(text.G, ground.G), Channel(text.B, ground.B), (byte)255);
    }
}
