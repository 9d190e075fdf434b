using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Account;

namespace ParcelWatch.Tests.Unit.Security;

/// <summary>A stamp found current is trusted for ten seconds, only that stamp, and never after the user is forgotten.</summary>
public sealed class SecurityStampMemoTests
{
    [Fact]
    public void A_remembered_stamp_is_current_for_its_lifetime_and_for_its_user_only()
    {
        var clock = new ManualClock();
        var memo = new SecurityStampMemo(clock);
        memo.Remember("ann", "stamp-1");

        clock.Advance(SecurityStampMemo.Lifetime - TimeSpan.FromMilliseconds(1));
        Assert.True(memo.IsKnownCurrent("ann", "stamp-1"));
        Assert.False(memo.IsKnownCurrent("ann", "stamp-0")); // an older token of the same user
        Assert.False(memo.IsKnownCurrent("bob", "stamp-1"));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(memo.IsKnownCurrent("ann", "stamp-1")); // looked up again
    }

    [Fact]
    public void A_forgotten_user_is_looked_up_again_at_once()
    {
        var memo = new SecurityStampMemo(new ManualClock());
        memo.Remember("ann", "stamp-1");

        memo.Forget("ann");

        Assert.False(memo.IsKnownCurrent("ann", "stamp-1"));
    }
}
