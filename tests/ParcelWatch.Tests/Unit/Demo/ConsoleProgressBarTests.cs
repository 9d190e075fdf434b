using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Cli;

namespace ParcelWatch.Tests.Unit.Demo;

public sealed class ConsoleProgressBarTests
{
    [Fact]
    public void The_bar_shows_the_share_the_counts_and_the_rate() =>
        Assert.Equal(
            "[################--------------]  52% 520,000/1,000,000 reports, 86,667/s",
            ConsoleProgressBar.Format(520_000, 1_000_000, "reports", TimeSpan.FromSeconds(6)));

    [Fact]
    public void A_finished_bar_is_full() =>
        Assert.StartsWith("[##############################] 100% 2,000/2,000",
            ConsoleProgressBar.Format(2_000, 2_000, "reports", TimeSpan.FromSeconds(1)), StringComparison.Ordinal);

    [Fact]
    public void The_bar_is_redrawn_in_place_at_most_ten_times_a_second()
    {
        using var output = new StringWriter();
        var clock = new ManualClock();
        var bar = new ConsoleProgressBar(output, 1_000, "reports", clock);

        for (var done = 1; done <= 1_000; done++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1)); // one second in all
            bar.Report(done);
        }

        bar.Complete(1_000);
        var draws = output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, draws.Length); // at 1 ms, every 100 ms after it, and the final state
        Assert.Equal("[##############################] 100% 1,000/1,000 reports, 1,000/s" + Environment.NewLine, draws[^1]);
    }
}
