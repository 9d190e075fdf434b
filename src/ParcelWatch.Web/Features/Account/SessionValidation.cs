using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// Checks the security stamp of every signed-in request, cookie or bearer token: a password change, a lost or granted
/// role, a lockout or a deleted account change the stamp, and from the next request on the old sessions and tokens
/// count as signed out (sign-out everywhere). A stamp found current is remembered for a few seconds
/// (<see cref="SecurityStampMemo"/>), so a user's burst of requests costs one lookup.
/// </summary>
public static class SessionValidation
{
    public static WebApplication UseParcelWatchSessionValidation(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });
        return app;
    }

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var memo = services.GetRequiredService<SecurityStampMemo>();
        if (context.User.FindFirstValue(claims.UserIdClaimType) is not { } userId
            || context.User.FindFirstValue(claims.SecurityStampClaimType) is not { } stamp)
        {
            return false;
        }

        if (memo.IsKnownCurrent(userId, stamp))
        {
            return true;
        }

        if (await services.GetRequiredService<SignInManager<ApplicationUser>>().ValidateSecurityStampAsync(context.User) is null)
        {
            return false;
        }

        memo.Remember(userId, stamp);
        return true;
    }
}
