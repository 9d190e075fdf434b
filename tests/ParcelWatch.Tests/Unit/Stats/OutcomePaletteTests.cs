using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Components.Layout;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>Outcome colours stand out from what they are drawn on, in both themes (WCAG 1.4.11: 3:1 for graphics).</summary>
public sealed class OutcomePaletteTests
{
    public static TheoryData<bool> Themes => new() { false, true };

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_outcome_colour_has_3_to_1_contrast_on_the_surface_and_background(bool dark)
    {
        var palette = OutcomePalette.For(new ThemePreference(dark));
        var mud = ParcelWatchTheme.Theme;
        var grounds = dark
            ? new[] { mud.PaletteDark.Surface.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), mud.PaletteDark.Background.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex) }
            : new[] { mud.PaletteLight.Surface.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), mud.PaletteLight.Background.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex) };

        foreach (var colour in new[] { palette.Passed, palette.Returned, palette.Seized, palette.Pending })
        {
            foreach (var ground in grounds)
            {
                var ratio = ColourContrast.Ratio(colour, ground);
                Assert.True(ratio >= 3.0, $"{colour} on {ground}: {ratio:0.00}:1");
            }
        }
    }

    [Fact]
    public void The_outcomes_are_told_apart_by_hue_passed_green_returned_orange_seized_red()
    {
        foreach (var palette in new[] { OutcomePalette.Light, OutcomePalette.Dark })
        {
            Assert.InRange(Hue(palette.Passed), 90, 150);
            Assert.InRange(Hue(palette.Returned), 15, 40);
            Assert.True(Hue(palette.Seized) is < 8 or > 350, palette.Seized);
        }
    }

    private static double Hue(string hex)
    {
        var (r, g, b) = ColourContrast.Rgb(hex);
        var max = Math.Max(r, Math.Max(g, b));
        var delta = max - Math.Min(r, Math.Min(g, b));
        var hue = max == r ? (g - b) / delta % 6 : max == g ? ((b - r) / delta) + 2 : ((r - g) / delta) + 4;
        return (hue * 60 + 360) % 360;
    }
}
