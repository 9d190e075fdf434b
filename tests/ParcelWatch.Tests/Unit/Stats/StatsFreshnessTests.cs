using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>When a kept statistics answer goes stale, and how long a stale one may still be served.</summary>
public sealed class StatsFreshnessTests
{
    private readonly ManualClock _clock = new();

    private StatsFreshness Freshness() => new(_clock, refreshAfter: TimeSpan.FromSeconds(2), staleWindow: TimeSpan.FromSeconds(1));

    [Fact]
    public void A_change_makes_an_answer_stale_and_a_second_later_too_old_to_serve()
    {
        var freshness = Freshness();
        var stamp = freshness.Take();
        Assert.Equal(StatsFreshness.State.Fresh, freshness.StateOf(stamp));

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        freshness.MarkStale();
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal(StatsFreshness.State.Stale, freshness.StateOf(stamp));
        freshness.MarkStale(); // later changes do not move the moment it went stale

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(StatsFreshness.State.TooOld, freshness.StateOf(stamp));
        Assert.Equal(StatsFreshness.State.Fresh, freshness.StateOf(freshness.Take()));
    }

    [Fact]
    public void An_answer_older_than_its_lifetime_is_stale_for_changes_made_elsewhere()
    {
        var freshness = Freshness();
        var stamp = freshness.Take();

        _clock.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Equal(StatsFreshness.State.Stale, freshness.StateOf(stamp));

        _clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal(StatsFreshness.State.TooOld, freshness.StateOf(stamp));
    }

    [Fact]
    public void A_change_saved_while_an_answer_was_computed_makes_it_stale_once_a_quarter_of_the_window_has_passed()
    {
        var freshness = Freshness();
        var takenBeforeComputing = freshness.Take();
        freshness.MarkStale();
        Assert.Equal(StatsFreshness.State.Fresh, freshness.StateOf(takenBeforeComputing)); // not refreshed on every write

        _clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(StatsFreshness.State.Stale, freshness.StateOf(takenBeforeComputing));
    }
}
