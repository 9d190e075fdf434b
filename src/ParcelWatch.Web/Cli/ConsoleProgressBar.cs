using System.Globalization;

namespace ParcelWatch.Web.Cli;

/// <summary>
/// A one-line progress bar redrawn in place (carriage return), at most ten times a second:
/// <c>[###############---------------]  52% 520,000/1,000,000 reports, 85,000/s</c>.
/// </summary>
public sealed class ConsoleProgressBar(TextWriter output, int total, string unit, TimeProvider clock)
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly long _started = clock.GetTimestamp();
    private TimeSpan? _lastDrawn;

    public TimeSpan Elapsed => clock.GetElapsedTime(_started);

    /// <summary>Redraws the bar for <paramref name="done"/> items, unless it was drawn less than 100 ms ago.</summary>
    public void Report(int done)
    {
        var now = Elapsed;
        if (_lastDrawn is { } last && now - last < RedrawInterval)
        {
            return;
        }

        _lastDrawn = now;
        output.Write("\r" + Format(done, total, unit, now));
        output.Flush();
    }

    /// <summary>Draws the final state and ends the line.</summary>
    public void Complete(int done)
    {
        output.WriteLine("\r" + Format(done, total, unit, Elapsed));
        output.Flush();
    }

    public static string Format(int done, int total, string unit, TimeSpan elapsed)
    {
        var fraction = total <= 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(fraction * Width);
        var perSecond = elapsed > TimeSpan.Zero ? done / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,3:F0}% {done:N0}/{total:N0} {unit}, {perSecond:N0}/s");
    }
}
