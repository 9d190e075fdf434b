using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Demo;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// The demo users, made through <see cref="UserManager{TUser}"/> (so the rows are exactly what Identity writes) but
/// without a password: no one can sign in as a demo user.
/// </summary>
public sealed class DemoUsers(UserManager<ApplicationUser> users)
{
    /// <summary>The ids of the demo users in index order, creating those that do not exist yet.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync()
    {
        var ids = new List<string>(DemoData.UserCount);
        for (var index = 0; index < DemoData.UserCount; index++)
        {
            var email = DemoData.UserEmail(index);
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
                var result = await users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(
                        $"Could not create the demo user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }

            ids.Add(user.Id);
        }

        return ids;
    }
}
