using ParcelWatch.Web.Components.Layout;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// The colours of outcomes in charts: passed green, returned orange, seized dark red, pending grey. One set per theme,
/// each at least 3:1 against the theme's surface and background (WCAG 1.4.11, checked by <c>OutcomePaletteTests</c>);
/// in dark mode seized is a lighter red, which dark red would not reach there. Colour is never the only cue: legends
/// name the series, the bars carry patterns and numbers, and a table holds the same figures.
/// </summary>
public sealed record OutcomePalette(string Passed, string Returned, string Seized, string Pending)
{
    public static OutcomePalette Light { get; } = new("#2b8a3e", "#d9480f", "#a61e1e", "#6c757d");

    public static OutcomePalette Dark { get; } = new("#51cf66", "#ff922b", "#ff6b6b", "#adb5bd");

    public static OutcomePalette For(ThemePreference? theme) => theme?.IsDarkMode == true ? Dark : Light;
}
