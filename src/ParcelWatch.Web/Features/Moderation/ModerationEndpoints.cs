using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary><c>/api/v1/moderation</c>: duplicate candidates, merges and undo, hiding, the audit log, roles. Moderators only.</summary>
public static class ModerationEndpoints
{
    public const string ModeratorPolicy = "Moderator";

    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ModeratorPolicy, policy => policy.RequireRole(Roles.Moderator));
        services.AddSingleton<AuditLog>();
        services.AddScoped<DuplicateCandidateFinder>();
        services.AddSingleton<MergeRequestValidator>();
        services.AddScoped<ReportMerger>();
        services.AddScoped<MergeUndoer>();
        services.AddScoped<MergeHistory>();
        services.AddScoped<HidingService>();
        services.AddScoped<UserRolesService>();
        return services;
    }

    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/moderation").WithTags("Moderation").RequireAuthorization(ModeratorPolicy);
        group.MapGet("/duplicate-candidates", ListCandidatesAsync).WithName("ListDuplicateCandidates").WithSummary("Pairs of reports that are probably the same parcel")
            .WithDescription("Pairs of visible reports that are probably the same parcel: certain ones first (same tracking number, same shop order), then fuzzy ones shipped since `fuzzySince`.");
        group.MapPost("/merges", MergeAsync).WithName("MergeReports").WithSummary("Merge duplicates into a canonical report")
            .WithDescription("Merges duplicates into the canonical report, moving their events; 404 for an unknown report, 409 when already merged, hidden, a cycle or changed meanwhile.");
        group.MapPost("/merges/batch", MergeBatchAsync).WithName("MergeReportsInBatch").WithSummary("Many merges in one transaction, all or none")
            .WithDescription("Applies the merges in order in one transaction: all or none; the first refused merge gives the status.");
        group.MapGet("/merges", ListMergesAsync).WithName("ListMerges").WithSummary("Merges, newest first")
            .WithDescription("Merges, newest first, optionally of one report; for review and undo.");
        group.MapPost("/merges/{id:int}/undo", UndoAsync).WithName("UndoMerge").WithSummary("Undo a merge exactly")
            .WithDescription("Restores the duplicate and what moved; 409 when already undone or when a later merge depends on it.");
        group.MapPost("/parcels/{id:int}/hide", HideAsync).WithName("HideParcel").WithSummary("Hide a report (spam), with a reason")
            .WithDescription("Hides a visible report (spam, abuse) with a reason the reporter sees; 409 when it is not visible.");
        group.MapPost("/parcels/{id:int}/unhide", UnhideAsync).WithName("UnhideParcel").WithSummary("Show a hidden report again")
            .WithDescription("Makes a hidden report visible again; 409 when it is not hidden.");
        group.MapGet("/hidden", ListHiddenAsync).WithName("ListHiddenParcels").WithSummary("Hidden reports")
            .WithDescription("Hidden reports, most recently changed first, paged.");
        group.MapGet("/audit", ReadAuditAsync).WithName("ReadAuditLog").WithSummary("The audit log, newest first, paged")
            .WithDescription("The append-only audit log of moderation and role changes, newest first, paged.");
        group.MapGet("/users", ListUsersAsync).WithName("ListUsersWithRoles").WithSummary("Users and their roles")
            .WithDescription("Accounts and their roles, for granting Volunteer or Moderator.");
        group.MapPut("/users/{userId}/roles/{role}", GrantRoleAsync).WithName("GrantRole").WithSummary("Grant Volunteer or Moderator")
            .WithDescription("Grants Volunteer or Moderator to an account; 404 for an unknown account or role.");
        group.MapDelete("/users/{userId}/roles/{role}", RevokeRoleAsync).WithName("RevokeRole").WithSummary("Revoke Volunteer or Moderator")
            .WithDescription("Revokes Volunteer or Moderator; 409 when it would leave no moderator.");
        return endpoints;
    }

    private static async Task<Results<Ok<PagedResponse<DuplicatePair>>, ValidationProblem>> ListCandidatesAsync(
        ClaimsPrincipal user, DuplicateCandidateFinder finder, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken,
        string? fuzzySince = null, int page = 1, int pageSize = 20)
    {
        var errors = new FieldErrors();
        var since = InputText.OptionalQueryDate(fuzzySince, "fuzzySince", errors, localizer);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(await finder.ListAsync(ParcelReader.From(user), since, page, pageSize, cancellationToken));
    }

    private static async Task<Results<Created<IReadOnlyList<MergeResponse>>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> MergeAsync(
        MergeRequest request, ClaimsPrincipal user, ReportMerger merges, CancellationToken cancellationToken) =>
        (await merges.MergeAsync(ModeratorId(user), request, cancellationToken)).ToHttp(
            done => TypedResults.Created($"/api/v1/moderation/merges?reportId={request.CanonicalId}", done));

    private static async Task<Results<Created<IReadOnlyList<MergeResponse>>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> MergeBatchAsync(
        MergeBatchRequest request, ClaimsPrincipal user, ReportMerger merges, CancellationToken cancellationToken) =>
        (await merges.MergeBatchAsync(ModeratorId(user), request, cancellationToken)).ToHttp(
            done => TypedResults.Created("/api/v1/moderation/merges", done));

    private static async Task<Ok<PagedResponse<MergeResponse>>> ListMergesAsync(
        MergeHistory merges, CancellationToken cancellationToken, int? reportId = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await merges.ListAsync(reportId, page, pageSize, cancellationToken));

    private static async Task<Results<Ok<MergeResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UndoAsync(
        int id, ClaimsPrincipal user, MergeUndoer undo, CancellationToken cancellationToken) =>
        (await undo.UndoAsync(ModeratorId(user), id, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ParcelResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HideAsync(
        int id, ModerationReasonRequest request, ClaimsPrincipal user, HidingService hiding, CancellationToken cancellationToken) =>
        (await hiding.HideAsync(ParcelReader.From(user), id, request.Reason, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ParcelResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UnhideAsync(
        int id, ModerationReasonRequest? request, ClaimsPrincipal user, HidingService hiding, CancellationToken cancellationToken) =>
        (await hiding.UnhideAsync(ParcelReader.From(user), id, request?.Reason, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Ok<PagedResponse<ParcelResponse>>> ListHiddenAsync(
        ClaimsPrincipal user, HidingService hiding, CancellationToken cancellationToken, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await hiding.ListHiddenAsync(ParcelReader.From(user), page, pageSize, cancellationToken));

    private static async Task<Results<Ok<PagedResponse<AuditEntryResponse>>, ValidationProblem>> ReadAuditAsync(
        AuditLog audit, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken,
        string? action = null, string? actor = null, string? from = null, string? to = null, int page = 1, int pageSize = 50)
    {
        var errors = new FieldErrors();
        var query = new AuditQuery(action, actor, InputText.OptionalQueryDate(from, "from", errors, localizer), InputText.OptionalQueryDate(to, "to", errors, localizer));
        if (action is not null && !AuditActions.All.Contains(action))
        {
            errors.Add("action", localizer["Unknown value '{0}'; use one of: {1}.", action, string.Join(", ", AuditActions.All)]);
        }

        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(await audit.ReadAsync(query, page, pageSize, cancellationToken));
    }

    private static async Task<Ok<PagedResponse<UserRolesResponse>>> ListUsersAsync(
        UserRolesService roles, CancellationToken cancellationToken, string? search = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await roles.ListAsync(search, page, pageSize, cancellationToken));

    private static async Task<Results<Ok<UserRolesResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> GrantRoleAsync(
        string userId, string role, ClaimsPrincipal user, UserRolesService roles, CancellationToken cancellationToken) =>
        (await roles.GrantAsync(ModeratorId(user), userId, role, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<UserRolesResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> RevokeRoleAsync(
        string userId, string role, ClaimsPrincipal user, UserRolesService roles, CancellationToken cancellationToken) =>
        (await roles.RevokeAsync(ModeratorId(user), userId, role, cancellationToken)).ToHttp(TypedResults.Ok);

    private static string ModeratorId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A moderator is signed in.");
}
