using MudBlazor.Utilities;
using ParcelWatch.Web.Components.Layout;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// The background of a rate cell: the outcome colours mixed by the pass rate (returned orange at 0%, passed green at
/// 100%), laid at <see cref="Strength"/> over the theme's surface, or the pending grey when there are too few decided
/// reports. Opaque, so that the text contrast on it can be checked (<c>RateShadeTests</c>: 4.5:1 in both themes).
/// The rate is always written in the cell too: colour is never the only cue.
/// </summary>
public static class RateShade
{
    public const double Strength = 0.18;

    public static string For(OutcomeTally tally, ThemePreference? theme)
    {
        var palette = OutcomePalette.For(theme);
        var mud = ParcelWatchTheme.Theme;
        var surface = theme?.IsDarkMode == true ? mud.PaletteDark.Surface : mud.PaletteLight.Surface;
        var colour = tally.HasEnoughData && tally.PassRate is { } rate
            ? Mix(new MudColor(palette.Returned), new MudColor(palette.Passed), rate)
            : new MudColor(palette.Pending);
        return Mix(surface, colour, Strength).ToString(MudColorOutputFormats.Hex);
    }

    private static MudColor Mix(MudColor from, MudColor to, double share)
    {
        byte Channel(byte a, byte b) => (byte)Math.Round(a + ((b - a) * share), MidpointRounding.AwayFromZero);
        return new MudColor(Channel(from.R, to.R), Channel(from.G, to.G), Channel(from.B, to.B), (byte)255);
    }

}
