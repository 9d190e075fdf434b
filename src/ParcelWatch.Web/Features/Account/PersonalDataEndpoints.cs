using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace ParcelWatch.Web.Features.Account;

/// <summary>Body of <c>POST /api/v1/account/delete</c>: the password again, so that a stolen session cannot delete.</summary>
public sealed record DeleteAccountRequest(string? Password);

/// <summary><c>/api/v1/account</c>: a signed-in user's copy of their data, and the deletion of their account.</summary>
public static class PersonalDataEndpoints
{
    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/api/v1/account").WithTags("Account").RequireAuthorization();
        account.MapGet("/data", ExportAsync).WithName("ExportPersonalData").WithSummary("Everything stored about me, as a JSON file")
            .WithDescription("Everything stored about the caller: e-mail, roles and every report with its order number and events, as a JSON attachment.");
        account.MapPost("/delete", DeleteAsync).WithName("DeleteAccount").WithSummary("Delete my account; my reports stay, anonymized")
            .WithDescription("Deletes the caller's account after checking the password; the reports stay, anonymized (order numbers removed).");
        return endpoints;
    }

    private static async Task<Results<Ok<PersonalDataExport>, UnauthorizedHttpResult>> ExportAsync(
        ClaimsPrincipal user, PersonalData data, HttpContext context, CancellationToken cancellationToken)
    {
        if (await data.ExportAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is not { } export)
        {
            return TypedResults.Unauthorized();
        }

        context.Response.Headers.ContentDisposition = "attachment; filename=parcelwatch-my-data.json";
        return TypedResults.Ok(export);
    }

    private static async Task<Results<NoContent, ValidationProblem>> DeleteAsync(
        DeleteAccountRequest request, ClaimsPrincipal user, PersonalData data, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
        await data.DeleteAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, request.Password, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = [localizer["The password is not right."]] });
}
