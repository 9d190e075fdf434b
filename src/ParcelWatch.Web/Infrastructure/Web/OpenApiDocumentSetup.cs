using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>
/// What the served OpenAPI document says about the whole API, so that client generators know it: the two ways to sign
/// in (bearer token from <c>/api/v1/auth/login</c>, or the cookie of <c>?useCookies=true</c> and the pages), the
/// problem-details schema of every error, tag descriptions, and the server without a trailing slash.
/// Per-operation details are <see cref="OpenApiOperationDetails"/>.
/// </summary>
public sealed class OpenApiDocumentSetup : IOpenApiDocumentTransformer
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";
    public const string ProblemSchema = "ProblemDetails";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Accounts: register, sign in for a bearer token (or a cookie with `useCookies=true`), refresh it, confirm the e-mail, reset the password, manage the account.",
        ["Account"] = "The caller's own data: download it, or delete the account (reports stay, anonymized).",
        ["Customs points"] = "The customs points (international postal exchanges) reports are logged against.",
        ["Parcels"] = "Reports of parcels through customs: log, edit, delete your own, record what happened; visible reports are public.",
        ["Tracking history"] = "Reads a pasted carrier tracking history into customs events; stores nothing.",
        ["Statistics"] = "Pass rates with 95% intervals per customs point, timelines and declaration wordings; public, from maintained aggregates.",
        ["Open data"] = "Every visible report, anonymized, as CSV or JSON, under ODbL 1.0, and the data package that describes them.",
        ["Feeds and badges"] = "Atom feeds of weekly pass rates and SVG badges for forums.",
        ["Moderation"] = "For moderators: duplicate candidates, merges and their undo, hiding reports.",
        ["Import"] = "For volunteers: import jobs of spreadsheets, with a dry run first.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ParcelWatch API";
        document.Info.Description = "Crowdsourced reports of parcels through Russian customs, and their statistics. Errors are RFC 7807 problem details. "
            + "Sign in with `POST /api/v1/auth/login` and send `Authorization: Bearer <accessToken>`, or use the cookie.";
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The `accessToken` of `POST /api/v1/auth/login` (renew it with `POST /api/v1/auth/refresh`).",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "ParcelWatch.Auth",
            Description = "The sign-in cookie of `POST /api/v1/auth/login?useCookies=true` or of the site's pages.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 7807 problem details; validation errors add `errors`: field name → messages.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            },
        };

        document.Tags ??= new HashSet<OpenApiTag>();
        var used = (document.Paths ?? []).Values
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags?.AsEnumerable() ?? [])
            .Select(t => t.Name).OfType<string>().ToHashSet();
        foreach (var name in used.Where(n => document.Tags.All(t => t.Name != n)))
        {
            document.Tags.Add(new OpenApiTag { Name = name });
        }

        foreach (var tag in document.Tags)
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
        }

        return Task.CompletedTask;
    }
}
