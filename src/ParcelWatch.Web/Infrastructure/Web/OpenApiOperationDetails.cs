using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>
/// Every operation gets what a client generator needs: the security requirement (bearer or cookie) where the endpoint
/// requires authorization, an explicit empty one (anyone) elsewhere; the error responses it can give (400, 401, 403, 404, 409, 429) as problem details; and, for
/// the Identity endpoints that <c>MapIdentityApi</c> maps without them, an operationId, summary and description.
/// </summary>
public sealed partial class OpenApiOperationDetails : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (string Id, string Summary, string Description)> Identity = new()
    {
        ["POST auth/register"] = ("Register", "Create an account", "Registers an e-mail and password; 400 with the password rules it breaks. The e-mail must be confirmed before signing in when the server requires it."),
        ["POST auth/login"] = ("Login", "Sign in", "Returns a bearer `accessToken` and `refreshToken`; with `useCookies=true` sets the sign-in cookie instead. 401 on a wrong e-mail or password; 429 when throttled."),
        ["POST auth/refresh"] = ("RefreshToken", "Renew the bearer token", "Exchanges a `refreshToken` for new tokens; 401 when it is expired or revoked."),
        ["GET auth/confirmEmail"] = ("ConfirmEmail", "Confirm the e-mail address", "The link sent by e-mail; 401 when the code is wrong."),
        ["POST auth/resendConfirmationEmail"] = ("ResendConfirmationEmail", "Send the confirmation e-mail again", "Always 200, so that it does not reveal whether an account exists."),
        ["POST auth/forgotPassword"] = ("ForgotPassword", "Send a password-reset code", "Always 200, so that it does not reveal whether an account exists."),
        ["POST auth/resetPassword"] = ("ResetPassword", "Set a new password with the reset code", "400 when the code is wrong or the password breaks the rules."),
        ["POST auth/manage/2fa"] = ("ManageTwoFactor", "Two-factor authentication settings", "Enables, disables or resets the caller's two-factor authentication and recovery codes."),
        ["GET auth/manage/info"] = ("GetAccountInfo", "The caller's e-mail and its confirmation", "The signed-in account's e-mail and whether it is confirmed."),
        ["POST auth/manage/info"] = ("UpdateAccountInfo", "Change the caller's e-mail or password", "Changes the e-mail (a confirmation is sent) or the password (the old one is required)."),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var api = context.Description;
        var path = ApiPrefix().Replace(api.RelativePath ?? "", "");
        if (Identity.TryGetValue($"{api.HttpMethod} {path}", out var identity))
        {
            operation.OperationId ??= identity.Id;
            operation.Summary ??= identity.Summary;
            operation.Description ??= identity.Description;
        }

        var metadata = api.ActionDescriptor.EndpointMetadata;
        var requiresSignIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (requiresSignIn)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiDocumentSetup.Bearer, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiDocumentSetup.Cookie, context.Document)] = [] },
            ];
            AddProblem(operation, context, "401", "Not signed in, or the token or cookie is no longer valid.");
            AddProblem(operation, context, "403", "Signed in, but not allowed to do this.");
        }
        else
        {
            operation.Security = [new OpenApiSecurityRequirement()]; // `[{}]`: anyone, signed in or not
        }

        if (api.ParameterDescriptions.Count > 0)
        {
            AddProblem(operation, context, "400", "The request is invalid; `errors` names each field.");
        }

        if (api.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
        {
            AddProblem(operation, context, "404", "Nothing with that identifier.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            AddProblem(operation, context, "429", "Too many requests; wait for the `Retry-After` seconds.");
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.StartsWith('4') && response is OpenApiResponse { Content: null or { Count: 0 } } bare)
            {
                bare.Content = ProblemContent(context);
                bare.Description = string.IsNullOrEmpty(bare.Description) ? "An error, as problem details." : bare.Description;
            }
        }

        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse { Description = description, Content = ProblemContent(context) };
        }
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiOperationTransformerContext context) => new()
    {
        ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(OpenApiDocumentSetup.ProblemSchema, context.Document) },
    };

    [GeneratedRegex("^api/v1/")]
    private static partial Regex ApiPrefix();
}
