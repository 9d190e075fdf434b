using System.Globalization;

namespace ParcelWatch.Tests.Support;

/// <summary>The WCAG 2 contrast ratio of two opaque colours written as <c>#rrggbb</c>.</summary>
public static class ColourContrast
{
    public static double Ratio(string a, string b)
    {
        var (light, dark) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (light + 0.05) / (dark + 0.05);
    }

    public static (double R, double G, double B) Rgb(string hex)
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
}
