using System.Collections.Concurrent;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// The security stamps this process has just found current in the database, kept for <see cref="Lifetime"/> so that a
/// burst of requests from one user costs one lookup, not one each (the lookup was a sixth of the server's time under
/// load). Every stamp change made by this process (<see cref="StampAwareUserManager"/>, account deletion) forgets the
/// user at once; a change made by another instance behind a load balancer is noticed within <see cref="Lifetime"/>.
/// </summary>
public sealed class SecurityStampMemo(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (string Stamp, DateTimeOffset CheckedAt)> _current = new(StringComparer.Ordinal);

    public bool IsKnownCurrent(string userId, string stamp) =>
        _current.TryGetValue(userId, out var known) && known.Stamp == stamp && clock.GetUtcNow() - known.CheckedAt < Lifetime;

    public void Remember(string userId, string stamp) => _current[userId] = (stamp, clock.GetUtcNow());

    public void Forget(string userId) => _current.TryRemove(userId, out _);
}
