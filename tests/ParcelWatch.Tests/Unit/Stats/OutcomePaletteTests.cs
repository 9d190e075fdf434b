using System.Globalization;
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
                var ratio = Contrast(colour, ground);
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

    private static (double R, double G, double B) Rgb(string hex)
    {
        var value = int.Parse(hex.AsSpan(1, 6), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((value >> 16 & 0xff) / 255.0, (value >> 8 & 0xff) / 255.0, (value & 0xff) / 255.0);
    }

    private static double Luminance(string hex)
    {
        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var (r, g, b) = Rgb(hex);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static double Contrast(string a, string b)
    {
        var (light, dark) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (light + 0.05) / (dark + 0.05);
    }

    private static double Hue(string hex)
    {
        var (r, g, b) = Rgb(hex);
        var max = Math.Max(r, Math.Max(g, b));
        var delta = max - Math.Min(r, Math.Min(g, b));
        var hue = max == r ? (g - b) / delta % 6 : max == g ? ((b - r) / delta) + 2 : ((r - g) / delta) + 4;
        return (hue * 60 + 360) % 360;
    }
}
