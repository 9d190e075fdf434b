using MudBlazor;

namespace ParcelWatch.Web.Components.Layout;

/// <summary>
/// The palette, chosen for WCAG AA contrast in both modes (see shared design/accessibility-notes.md):
/// MudBlazor's defaults fail axe's color-contrast rule for error, secondary and several dark-mode colours.
/// </summary>
public static class ParcelWatchTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4527a0",
            Secondary = "#c2185b",
            Error = "#d32f2f",
            Success = "#2e7d32",
            Warning = "#b45309",
            Info = "#1565c0",
            AppbarBackground = "#4527a0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#bcb5f7",
            PrimaryContrastText = "#1e1e2d",
            Secondary = "#ff8fb8",
            SecondaryContrastText = "#000000",
            Error = "#ff8a80",
            ErrorContrastText = "#000000",
            Success = "#81c784",
            SuccessContrastText = "#000000",
            Warning = "#ffb74d",
            WarningContrastText = "#000000",
            Info = "#90caf9",
            InfoContrastText = "#000000",
            TextSecondary = "rgba(255,255,255,0.65)",
            TableStriped = "rgba(255,255,255,0.06)",
        },
    };
}
