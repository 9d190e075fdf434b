using ParcelWatch.Web.Features.Shared;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Infrastructure.ReferenceData;
using ParcelWatch.Web.Infrastructure.Web;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>
/// For readers outside the site, all public and read-only: Atom feeds <c>/feeds/points/{code}.atom</c> and
/// <c>/feeds/all.atom</c>, badges <c>/badges/points/{code}.svg</c>, and the open-data package descriptor
/// <c>/api/v1/export/datapackage.json</c>. Feeds and badges take the statistics filters and <c>?lang=ru|en</c>.
/// </summary>
public static class OpenDataEndpoints
{
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        // The API document is published under the open data's licence.
        services.Configure<OpenApiOptions>(WebApiSetup.DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.License = new OpenApiLicense { Name = DataPackage.LicenceTitle, Identifier = DataPackage.LicenceName };
            return Task.CompletedTask;
        }));
        return services.AddScoped<WeeklyFeed>();
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("/feeds").WithTags("Feeds and badges");
        feeds.MapGet("/points/{code}.atom", PointFeedAsync).WithName("PointFeed").WithSummary("A point's weekly pass rates as an Atom feed")
            .WithDescription("One entry per week of shipping (the newest 26): decided reports, the pass rate with its 95% interval and the change from the week before.");
        feeds.MapGet("/all.atom", AllFeedAsync).WithName("AllPointsFeed").WithSummary("All points' weekly pass rates as an Atom feed")
            .WithDescription("Like the point feed, over every customs point.");
        endpoints.MapGet("/badges/points/{code}.svg", BadgeAsync).WithTags("Feeds and badges").WithName("PointBadge")
            .WithSummary("A point's pass rate as an SVG badge for forums")
            .WithDescription("A shields.io-style badge: point, brand and category on the left, the pass rate and the number of decided reports on the right.");
        endpoints.MapGet("/api/v1/export/datapackage.json", DataPackage.Describe).WithTags("Open data").WithName("ExportDataPackage")
            .WithSummary("The open-data package descriptor (Frictionless Data Package)")
            .WithDescription("The CSV and JSON exports as resources, their table schema (fields in CSV column order) and the licence.");
        return endpoints;
    }

    private static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult, ValidationProblem>> PointFeedAsync(
        string code, [AsParameters] StatsQuery query, string? lang, HttpContext context, WeeklyFeed feed, StatsService stats,
        ParcelText parcelText, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
        FeedAsync(code, query, lang, context, feed, stats, parcelText, localizer, cancellationToken);

    private static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult, ValidationProblem>> AllFeedAsync(
        [AsParameters] StatsQuery query, string? lang, HttpContext context, WeeklyFeed feed, StatsService stats,
        ParcelText parcelText, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
        FeedAsync(null, query, lang, context, feed, stats, parcelText, localizer, cancellationToken);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult, ValidationProblem>> FeedAsync(
        string? code, StatsQuery query, string? lang, HttpContext context, WeeklyFeed feed, StatsService stats,
        ParcelText parcelText, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var (errors, filter) = Parse(query, lang, localizer);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        string title = localizer["every customs point"];
        if (code is not null)
        {
            if (await stats.PointAsync(code, StatsFilter.None, cancellationToken) is not { } point)
            {
                return CommandHttp.NotFoundProblem();
            }

            title = StatsText.PointName(point);
        }

        var page = Absolute(context, (code is null ? "stats" : $"stats/points/{Uri.EscapeDataString(code)}") + Query(filter));
        var self = Absolute(context, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString);
        var rendered = await feed.RenderAsync(new FeedScope(code, Describe(title, filter, parcelText), self, page), filter, cancellationToken);
        return rendered is { } answer ? Answer(context, answer.Body, WeeklyFeed.ContentType, answer.Updated) : CommandHttp.NotFoundProblem();
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult, ValidationProblem>> BadgeAsync(
        string code, [AsParameters] StatsQuery query, string? lang, HttpContext context, StatsService stats, ParcelText parcelText,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var (errors, filter) = Parse(query, lang, localizer);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await stats.PointAsync(code, filter, cancellationToken) is not { } point)
        {
            return CommandHttp.NotFoundProblem();
        }

        var city = CustomsPointCatalog.Load().FirstOrDefault(p => p.Code == point.Code) is { } entry
            ? (StatsText.Russian ? entry.CityRu : entry.CityEn)
            : StatsText.ShortPointName(point);
        var label = Describe(city, filter, parcelText);
        string message = point is { HasEnoughData: true, PassRate: { } rate }
            ? localizer["passed {0} (n={1})", $"{Math.Round(rate * 100).ToString(CultureInfo.InvariantCulture)}%", point.Decided]
            : localizer["too few reports (n={0})", point.Decided];
        var svg = Encoding.UTF8.GetBytes(BadgeSvg.Render(label, message, BadgeSvg.Colour(point)));
        return Answer(context, svg, BadgeSvg.ContentType, lastModified: null);
    }

    /// <summary>The filter and the language; the field errors when either is wrong.</summary>
    private static (IDictionary<string, string[]>? Errors, StatsFilter Filter) Parse(StatsQuery query, string? lang, IStringLocalizer localizer)
    {
        var (filter, errors) = StatsFilter.Parse(query, localizer);
        var languageKnown = ReaderLanguage.TryApply(lang, errors);
        return filter is null || !languageKnown ? (errors.ToDictionary(), StatsFilter.None) : (null, filter);
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult, ValidationProblem> Answer(
        HttpContext context, byte[] body, string contentType, DateTimeOffset? lastModified) =>
        ConditionalGet.IsCurrent(context, body, lastModified)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, contentType);

    /// <summary>"Оренбург · Xiaomi · Телефон": the place, then the brand and category filters when set.</summary>
    private static string Describe(string place, StatsFilter filter, ParcelText parcelText) =>
        string.Join(" · ", new[] { place, filter.Brand, filter.Category is { } category ? parcelText.Category(category) : null }.OfType<string>());

    private static string Query(StatsFilter filter) => filter.IsEmpty ? "" : "?" + filter.ToQueryString();

    public static Uri Absolute(HttpContext context, string relative) =>
        new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/{relative}");
}
