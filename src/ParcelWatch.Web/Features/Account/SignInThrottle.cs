using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ParcelWatch.Web.Infrastructure.Security;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// Sign-in attempts per account, whatever the IP (a spraying attack rotates addresses). Counts attempts, not
/// failures: lockout after failed passwords is Identity's own. Keys are normalized emails; unknown accounts are
/// counted the same way, so the answer does not tell whether an account exists.
/// </summary>
public sealed class SignInThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetSlidingWindowLimiter(email, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInsPerAccountPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go on; otherwise how long to wait.</summary>
    public TimeSpan? TryEnter(string? email)
    {
        using var lease = _limiter.AttemptAcquire(email?.Trim().ToUpperInvariant() ?? string.Empty);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
