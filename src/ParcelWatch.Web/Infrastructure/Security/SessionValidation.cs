using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Infrastructure.Security;

/// <summary>
/// Checks the security stamp of every signed-in request, cookie or bearer token: a password change, a lost or granted
/// role, a lockout or a deleted account change the stamp, and from the next request on the old sessions and tokens
/// count as signed out (sign-out everywhere). Costs one lookup of the user by key per request.
/// </summary>
public static class SessionValidation
{
    public static WebApplication UseParcelWatchSessionValidation(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var signIn = context.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
                if (await signIn.ValidateSecurityStampAsync(context.User) is null)
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                }
            }

            await next(context);
        });
        return app;
    }
}
