using ParcelWatch.Web.Features.Shared;
using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParcelWatch.Data;
using ParcelWatch.Web.Infrastructure.Database;
using ParcelWatch.Web.Infrastructure.Security;

namespace ParcelWatch.Web.Features.Stats;

/// <summary><c>/api/v1/stats/…</c> and the open-data exports <c>/api/v1/export/parcels.csv|json</c>. Public, read-only.</summary>
public static class StatsEndpoints
{
    public const int DeclarationLimit = 200;

    public static IServiceCollection AddStats(this IServiceCollection services)
    {
        services.AddHybridCache();
        services.AddOptions<StatsOptions>().BindConfiguration(StatsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton(provider => StatsFreshness.From(
                provider.GetRequiredService<IOptions<StatsOptions>>().Value, provider.GetRequiredService<DatabaseSettings>().Provider, provider.GetRequiredService<TimeProvider>()))
            .AddSingleton(provider => new StatsCache(provider.GetRequiredService<HybridCache>(), provider.GetRequiredService<StatsFreshness>(),
                provider.GetRequiredService<IOptions<StatsOptions>>().Value.Lifetime(provider.GetRequiredService<DatabaseSettings>().Provider)))
            .AddSingleton<StatsInvalidation>()
            .AddSingleton<IInterceptor>(provider => provider.GetRequiredService<StatsInvalidation>())
            .AddScoped<IDatabaseSeeder, DeclarationWordingBackfill>()
            .AddScoped<StatsService>().AddScoped<StatsText>().AddScoped<Check.CheckSentences>();
    }

    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder endpoints)
    {
        var stats = endpoints.MapGroup("/api/v1/stats").WithTags("Statistics");
        stats.MapGet("/points", PointsAsync).WithName("PointStats").WithSummary("Pass/return statistics per customs point")
            .WithDescription("Per customs point: report counts by outcome, the pass rate over decided reports with its Wilson 95% interval, and days held (median, 90th percentile). Filters as query parameters.");
        stats.MapGet("/points/{code}/timeline", TimelineAsync).WithName("PointTimeline").WithSummary("A point's reports per week or month")
            .WithDescription("A point's reports by outcome per week (Monday) or month of shipping; 404 for an unknown point.");
        stats.MapGet("/declarations", DeclarationsAsync).WithName("DeclarationStats").WithSummary("Declaration wordings with pass rates per point")
            .WithDescription("Declaration wordings (normalized) per point with their pass rates, most reported first, at most 200.");
        stats.MapRateApi();

        var export = endpoints.MapGroup("/api/v1/export").WithTags("Open data").RequireRateLimiting(RateLimiting.Exports);
        export.MapGet("/parcels.csv", CsvAsync).WithName("ExportCsv").WithSummary("All visible reports, anonymized, as CSV (UTF-8 with BOM)")
            .WithDescription("Every visible report that passes the filters, anonymized (no order or tracking number, no reporter), streamed as CSV; fields in docs/open-data.md and the data package.");
        export.MapGet("/parcels.json", Json).WithName("ExportJson").WithSummary("All visible reports, anonymized, as a JSON array")
            .WithDescription("The same rows as the CSV export, as a JSON array of objects in camelCase.");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<PointStats>>, ValidationProblem>> PointsAsync(
        [AsParameters] StatsQuery query, StatsService stats, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken,
        string? sort = null, string? order = null)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        if (sort is not null && !PointRanking.IsKnown(sort))
        {
            errors.Add("sort", localizer["Unknown value '{0}'; use one of: {1}.", sort, string.Join(", ", PointRanking.Names)]);
        }

        if (order is not null and not "asc" and not "desc")
        {
            errors.Add("order", localizer["Unknown value '{0}'; use one of: {1}.", order, "asc, desc"]);
        }

        if (filter is null || errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var points = await stats.PointsAsync(filter, cancellationToken);
        return TypedResults.Ok(sort is null ? points : PointRanking.Sort(points, sort, descending: order != "asc"));
    }

    private static async Task<Results<Ok<IReadOnlyList<TimelinePoint>>, ProblemHttpResult, ValidationProblem>> TimelineAsync(
        string code, [AsParameters] StatsQuery query, StatsService stats, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken, string? bucket = null)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        var granularity = TimelineBuckets.Parse(bucket, TimelineBucket.Week, errors);

        if (filter is null || errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await stats.TimelineAsync(code, granularity, filter, cancellationToken) is { } timeline
            ? TypedResults.Ok(timeline)
            : CommandHttp.NotFoundProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<DeclarationStats>>, ValidationProblem>> DeclarationsAsync(
        [AsParameters] StatsQuery query, StatsService stats, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken, string? point = null)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        return filter is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(await stats.DeclarationsAsync(point, filter, DeclarationLimit, cancellationToken));
    }

    /// <summary>Streams the CSV row by row: memory stays flat whatever the number of reports.</summary>
    private static async Task<Results<EmptyHttpResult, ValidationProblem>> CsvAsync(
        [AsParameters] StatsQuery query, HttpContext context, IDbContextFactory<ParcelWatchDbContext> dbFactory, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"parcelwatch-parcels.csv\"";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        string[] isoDate = ["yyyy-MM-dd"]; // the API's date format (ISO 8601), not the invariant culture's month/day/year
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = isoDate;
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = isoDate;
        await csv.WriteRecordsAsync(Rows(db, filter), cancellationToken);
        return TypedResults.Empty;
    }

    private static Results<Ok<IAsyncEnumerable<ExportRow>>, ValidationProblem> Json(
        [AsParameters] StatsQuery query, HttpContext context, ParcelWatchDbContext db, IStringLocalizer<SharedResource> localizer)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        context.Response.Headers.ContentDisposition = "attachment; filename=\"parcelwatch-parcels.json\"";
        return TypedResults.Ok(Rows(db, filter));
    }

    private static IAsyncEnumerable<ExportRow> Rows(ParcelWatchDbContext db, StatsFilter filter) =>
        filter.Apply(db)
            .OrderBy(p => p.Id)
            .Select(p => new ExportRow(p.Id, p.Shop, p.CarrierCode, p.CustomsPoint!.Code, p.Brand, p.Model, p.Category,
                p.DeclarationText, p.DeclaredValue, p.Currency, p.ShippedOn, p.Outcome, p.DaysHeld, p.DecidedOn,
                DateOnly.FromDateTime(p.CreatedAt)))
            .AsAsyncEnumerable();
}
