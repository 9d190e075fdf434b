using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.Web;

namespace ParcelWatch.Web.Features.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Endpoints the static Account pages post to (sign-out); antiforgery is checked by the framework.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account").ExcludeFromDescription();

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        });

        return accountGroup;
    }
}
