using System.Globalization;
using System.Xml.Linq;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>
/// A flat badge in the style of shields.io: a grey label ("Оренбург · Xiaomi") and a message ("выпуск 67% (n=114)") on a
/// colour that follows the pass rate (the chart palette's passed, returned and seized colours; pending grey when too few
/// reports are decided). Built with LINQ to XML, so any text (a brand from the query) is escaped; no script, no link.
/// </summary>
public static class BadgeSvg
{
    public const string ContentType = "image/svg+xml; charset=utf-8";

    private const string LabelColour = "#555";
    private const int Height = 20;
    private const int Padding = 6;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The message's colour: green from 80% passed, orange from 50%, dark red below; grey when there are too few reports.</summary>
    public static string Colour(PointStats point) => point switch
    {
        { HasEnoughData: false } or { PassRate: null } => OutcomePalette.Light.Pending,
        { PassRate: >= 0.8 } => OutcomePalette.Light.Passed,
        { PassRate: >= 0.5 } => OutcomePalette.Light.Returned,
        _ => OutcomePalette.Light.Seized,
    };

    public static string Render(string label, string message, string colour)
    {
        var labelWidth = TextWidth(label) + (2 * Padding);
        var messageWidth = TextWidth(message) + (2 * Padding);
        var width = labelWidth + messageWidth;
        var title = $"{label}: {message}";
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", Height), new XAttribute("role", "img"), new XAttribute("aria-label", title),
            new XElement(Svg + "title", title),
            new XElement(Svg + "linearGradient", new XAttribute("id", "s"), new XAttribute("x2", "0"), new XAttribute("y2", "100%"),
                new XElement(Svg + "stop", new XAttribute("offset", "0"), new XAttribute("stop-color", "#bbb"), new XAttribute("stop-opacity", ".1")),
                new XElement(Svg + "stop", new XAttribute("offset", "1"), new XAttribute("stop-opacity", ".1"))),
            new XElement(Svg + "clipPath", new XAttribute("id", "r"),
                new XElement(Svg + "rect", new XAttribute("width", width), new XAttribute("height", Height), new XAttribute("rx", "3"), new XAttribute("fill", "#fff"))),
            new XElement(Svg + "g", new XAttribute("clip-path", "url(#r)"),
                Rect(0, labelWidth, LabelColour), Rect(labelWidth, messageWidth, colour),
                new XElement(Svg + "rect", new XAttribute("width", width), new XAttribute("height", Height), new XAttribute("fill", "url(#s)"))),
            new XElement(Svg + "g", new XAttribute("fill", "#fff"), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-family", "Verdana,Geneva,DejaVu Sans,sans-serif"), new XAttribute("font-size", "11"),
                Text(labelWidth / 2.0, label), Text(labelWidth + (messageWidth / 2.0), message)));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Rect(int x, int width, string fill) =>
        new(Svg + "rect", new XAttribute("x", x), new XAttribute("width", width), new XAttribute("height", Height), new XAttribute("fill", fill));

    /// <summary>The text is stretched or squeezed to its box (textLength), so a wider font than estimated never overflows it.</summary>
    private static XElement Text(double x, string text) =>
        new(Svg + "text", new XAttribute("x", x.ToString(CultureInfo.InvariantCulture)), new XAttribute("y", "14"),
            new XAttribute("textLength", TextWidth(text)), new XAttribute("lengthAdjust", "spacingAndGlyphs"), text);

    /// <summary>Verdana 11px averages about 7 px a character (Latin and Cyrillic alike).</summary>
    private static int TextWidth(string text) => Math.Max(1, text.Length * 7);
}
