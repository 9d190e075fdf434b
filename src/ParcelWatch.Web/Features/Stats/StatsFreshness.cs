using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// When a cached statistics answer goes stale, and for how long it may still be served while one refresh runs
/// (stale-while-revalidate, <see cref="ReaderCache"/>). An answer is stale once a change to
/// reports was saved on this instance after its computation started (<see cref="MarkStale"/>), or once it is older
/// than <c>Stats:CacheSeconds</c> (changes made by other instances). A stale answer is served for at most
/// <c>Stats:StaleSeconds</c> (default 1) after it went stale; past that, the reader waits for a fresh one. An answer
/// computed less than a quarter of that window ago is not refreshed yet, so that 50 writes a second do not cause 50
/// renders a second of every page (it still shows within the window). So a new
/// report shows within <c>StaleSeconds</c> on the instance that took it, and within
/// 2 × <c>CacheSeconds</c> + <c>StaleSeconds</c> on the others (pages read the statistics cache, which may itself be
/// one lifetime old): 5 s with PostgreSQL's defaults.
/// </summary>
public sealed class StatsFreshness(TimeProvider clock, TimeSpan refreshAfter, TimeSpan staleWindow)
{
    private Epoch _current = new();

    public enum State
    {
        Fresh,
        Stale,
        TooOld,
    }

    /// <summary>Taken before an answer is computed: a change saved during the computation makes it stale.</summary>
    public Stamp Take() => new(Volatile.Read(ref _current), clock.GetTimestamp());

    public void MarkStale()
    {
        var previous = Interlocked.Exchange(ref _current, new Epoch());
        previous.EndedAt = clock.GetTimestamp();
    }

    public State StateOf(Stamp stamp)
    {
        var now = clock.GetTimestamp();
        var expiresAt = stamp.TakenAt + (long)(refreshAfter.TotalSeconds * clock.TimestampFrequency);
        long? staleSince = now >= expiresAt ? expiresAt : null;
        if (!ReferenceEquals(stamp.Epoch, Volatile.Read(ref _current)))
        {
            var endedAt = stamp.Epoch.EndedAt == 0 ? now : stamp.Epoch.EndedAt;
            staleSince = Math.Min(staleSince ?? endedAt, endedAt);
        }

        return staleSince switch
        {
            null => State.Fresh,
            var since when clock.GetElapsedTime(since.Value, now) >= staleWindow => State.TooOld,

            // At most about four refreshes a second per answer however many writes arrive; still within the window.
            _ when clock.GetElapsedTime(stamp.TakenAt, now) < staleWindow / 4 => State.Fresh,
            _ => State.Stale,
        };
    }

    public static StatsFreshness From(StatsOptions options, DatabaseProvider provider, TimeProvider clock) =>
        new(clock, options.Lifetime(provider), TimeSpan.FromSeconds(options.StaleSeconds));

    /// <summary>The time between two changes; <see cref="EndedAt"/> is 0 while it is the current one.</summary>
    public sealed class Epoch
    {
        public long EndedAt { get; set; }
    }

    public readonly record struct Stamp(Epoch Epoch, long TakenAt);
}
