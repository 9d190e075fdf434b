using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Infrastructure.Security;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary><c>/api/v1/parcels</c> and <c>/api/v1/tracking-numbers</c>: the buyers' reporting API.</summary>
public static class ParcelsEndpoints
{
    public static IServiceCollection AddParcels(this IServiceCollection services)
    {
        services.AddSingleton<ParcelReportWriter>();
        services.AddScoped<ParcelRequestValidator>();
        services.AddScoped<ParcelService>();
        services.AddScoped<ParcelText>();
        return services;
    }

    public static IEndpointRouteBuilder MapParcelsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/tracking-numbers/{value}", CheckTrackingNumber)
            .WithTags("Parcels").WithName("CheckTrackingNumber").WithSummary("Normalize and check a tracking number")
            .WithDescription("Normalizes a tracking number and says whether its S10 check digit holds and which carrier and country it names.");

        var group = endpoints.MapGroup("/api/v1/parcels").WithTags("Parcels");
        group.MapPost("/", CreateAsync).RequireAuthorization().RequireRateLimiting(RateLimiting.Reports).WithName("CreateParcel").WithSummary("Log a parcel")
            .WithDescription("Logs a report of a parcel through customs; 201 with the report. 400 names each invalid field.");
        group.MapGet("/", ListAsync).RequireAuthorization().WithName("ListMyParcels").WithSummary("Your own reports, paged")
            .WithDescription("The caller's own reports, newest first, paged, with their outcome and events.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetParcel").WithSummary("One report")
            .WithDescription("A report; visible ones to anyone, hidden and duplicates to their reporter and moderators only; the order number only to them.");
        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization().ProducesProblem(StatusCodes.Status404NotFound).WithName("UpdateParcel").WithSummary("Edit your report")
            .WithDescription("Replaces the caller's report; send the `version` you read: 409 when someone changed it meanwhile.");
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization().ProducesProblem(StatusCodes.Status404NotFound).WithName("DeleteParcel").WithSummary("Delete your report")
            .WithDescription("Deletes the caller's report and its events.");
        group.MapPost("/{id:int}/events", AddEventAsync).RequireAuthorization().RequireRateLimiting(RateLimiting.Reports).ProducesProblem(StatusCodes.Status404NotFound).WithName("AddParcelEvent").WithSummary("Record what happened")
            .WithDescription("Adds an event (arrived at customs, held, released, returned, seized, delivered); the outcome and days held are recomputed. 400 when out of order.");
        return endpoints;
    }

    private static Ok<TrackingNumberResponse> CheckTrackingNumber(string value) =>
        TypedResults.Ok(TrackingNumberResponse.From(TrackingNumbers.Analyze(value)));

    private static async Task<Results<Created<ParcelResponse>, ValidationProblem>> CreateAsync(
        ParcelRequest request, ClaimsPrincipal user, ParcelService parcels, CancellationToken cancellationToken)
    {
        var result = await parcels.CreateAsync(ParcelReader.From(user), request, cancellationToken);
        return result.Value is { } parcel
            ? TypedResults.Created($"/api/v1/parcels/{parcel.Id}", parcel)
            : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<PagedResponse<ParcelResponse>>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, ParcelService parcels, CancellationToken cancellationToken,
        bool? mine = null, int page = 1, int pageSize = 20)
    {
        if (mine != true)
        {
            return TypedResults.Problem(
                "Only your own reports are listed here (mine=true); open data about all reports is in the statistics and exports.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await parcels.ListMineAsync(ParcelReader.From(user), page, pageSize, ParcelSort.Newest, cancellationToken));
    }

    private static async Task<Results<Ok<ParcelResponse>, ProblemHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, ParcelService parcels, CancellationToken cancellationToken) =>
        (await parcels.GetAsync(ParcelReader.From(user), id, cancellationToken)).FoundOrNotFound(TypedResults.Ok);

    private static async Task<Results<Ok<ParcelResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UpdateAsync(
        int id, ParcelRequest request, ClaimsPrincipal user, ParcelService parcels, CancellationToken cancellationToken) =>
        (await parcels.UpdateAsync(ParcelReader.From(user), id, request, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> DeleteAsync(
        int id, ClaimsPrincipal user, ParcelService parcels, CancellationToken cancellationToken) =>
        (await parcels.DeleteAsync(ParcelReader.From(user), id, cancellationToken)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<Results<Created<ParcelResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> AddEventAsync(
        int id, OutcomeEventRequest request, ClaimsPrincipal user, ParcelService parcels, CancellationToken cancellationToken) =>
        (await parcels.AddEventAsync(ParcelReader.From(user), id, request, cancellationToken))
            .ToHttp(parcel => TypedResults.Created($"/api/v1/parcels/{parcel.Id}", parcel));
}
