using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// Identity's user manager, telling <see cref="SecurityStampMemo"/> about every write to a user (a new password, a
/// role, a new stamp all go through <see cref="UserManager{TUser}.UpdateUserAsync"/>) and every deletion, so that
/// sign-out everywhere stays immediate in this process.
/// </summary>
public sealed class StampAwareUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    SecurityStampMemo memo)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(ApplicationUser user)
    {
        memo.Forget(user.Id);
        var result = await base.UpdateUserAsync(user);
        memo.Forget(user.Id); // a request may have remembered the old stamp while the update ran
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(ApplicationUser user)
    {
        var result = await base.DeleteAsync(user);
        memo.Forget(user.Id);
        return result;
    }
}
