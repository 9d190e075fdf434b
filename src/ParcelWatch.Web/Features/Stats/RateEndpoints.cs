using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// <c>/api/v1/stats/wording-classes</c> and <c>/api/v1/stats/points/{code}/rate-timeline</c> (issue 20): public,
/// read-only, the same filters as <c>/api/v1/stats/points</c>.
/// </summary>
public static class RateEndpoints
{
    public static RouteGroupBuilder MapRateApi(this RouteGroupBuilder stats)
    {
        stats.MapGet("/wording-classes", WordingClassesAsync).WithName("WordingClassStats")
            .WithSummary("Pass rates per point and wording class (phone, brand, other)")
            .WithDescription("Per customs point and declaration wording class (Phone, Brand, Other): report counts by outcome and the pass rate with its Wilson 95% interval. Filters as for the points.");
        stats.MapGet("/points/{code}/rate-timeline", RateTimelineAsync).WithName("PointRateTimeline")
            .WithSummary("A point's pass rate per week or month with its Wilson 95% interval")
            .WithDescription("A point's decided reports and pass rate with its Wilson 95% interval per week (Monday) or month of shipping; 404 for an unknown point.");
        return stats;
    }

    private static async Task<Results<Ok<IReadOnlyList<WordingClassStats>>, ValidationProblem>> WordingClassesAsync(
        [AsParameters] StatsQuery query, StatsService stats, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken, string? point = null)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        return filter is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(await stats.WordingClassesAsync(point, filter, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<RatePoint>>, ProblemHttpResult, ValidationProblem>> RateTimelineAsync(
        string code, [AsParameters] StatsQuery query, StatsService stats, IStringLocalizer<SharedResource> localizer,
        CancellationToken cancellationToken, string? bucket = null)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        var granularity = TimelineBuckets.Parse(bucket, TimelineBucket.Month, errors);

        if (filter is null || errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await stats.RateTimelineAsync(code, granularity, filter, cancellationToken) is { } timeline
            ? TypedResults.Ok(timeline)
            : CommandHttp.NotFoundProblem();
    }
}
