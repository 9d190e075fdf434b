using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Account;

/// <summary>At every start: the roles exist, and so does the reserved owner of anonymized reports.</summary>
public sealed class AccountSeeder(RoleManager<IdentityRole> roles, UserManager<ApplicationUser> users) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await PersonalData.EnsureDeletedAccountsUserAsync(users);
    }
}
