using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// Identity answers a sign-in for an unknown email at once, but checks a known one's password hash first, so the
/// answer's time would tell which emails have accounts. For an unknown email this spends one hash check too.
/// </summary>
public sealed class UnknownAccountTiming(UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new();
    private static string? _decoyHash;

    public async Task EqualizeAsync(string? email, string? password)
    {
        if (string.IsNullOrEmpty(email) || await users.FindByEmailAsync(email) is null)
        {
            _decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _decoyHash, password ?? string.Empty);
        }
    }
}
