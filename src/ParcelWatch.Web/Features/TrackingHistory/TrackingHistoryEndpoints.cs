using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Features.TrackingHistory.Domain;
using ParcelWatch.Web.Infrastructure.Security;

namespace ParcelWatch.Web.Features.TrackingHistory;

/// <summary><c>POST /api/v1/tracking-history/parse</c>: a pasted tracking history read into events and a customs point.</summary>
public static class TrackingHistoryEndpoints
{
    public static IServiceCollection AddTrackingHistory(this IServiceCollection services) =>
        services.AddSingleton<TrackingHistoryReader>();

    public static IEndpointRouteBuilder MapTrackingHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/tracking-history/parse", ParseAsync)
            .RequireAuthorization().RequireRateLimiting(RateLimiting.HistoryParses)
            .WithTags("Parcels").WithName("ParseTrackingHistory").WithSummary("Read a pasted tracking history; stores nothing")
            .WithDescription("Reads a history pasted from a carrier's site into customs events with their dates and the customs point; nothing is stored. 400 when the text is empty or over 20,000 characters.");
        return endpoints;
    }

    private static async Task<Results<Ok<TrackingHistoryResponse>, ValidationProblem>> ParseAsync(
        TrackingHistoryRequest request, TrackingHistoryReader reader, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var errors = Validate(request, localizer);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(TrackingHistoryResponse.From(await reader.ReadAsync(request.Text!, request.TrackingNumber, cancellationToken)));
    }

    /// <summary>
    /// The request's errors: <c>text</c> blank or longer than <see cref="TrackingHistoryParser.MaximumLength"/>;
    /// <c>trackingNumber</c> longer than a stored one may be.
    /// </summary>
    public static FieldErrors Validate(TrackingHistoryRequest request, IStringLocalizer localizer)
    {
        var text = request.Text;
        var errors = new FieldErrors();
        if (request.TrackingNumber is { Length: > ParcelLimits.TrackingNumber })
        {
            errors.Add("trackingNumber", localizer["At most {0} characters.", ParcelLimits.TrackingNumber]);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("text", localizer["Paste the tracking history."]);
        }
        else if (text.Length > TrackingHistoryParser.MaximumLength)
        {
            errors.Add("text", localizer["At most {0} characters.", TrackingHistoryParser.MaximumLength]);
        }

        return errors;
    }
}
