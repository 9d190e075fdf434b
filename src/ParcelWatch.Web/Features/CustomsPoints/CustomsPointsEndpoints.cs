using Microsoft.AspNetCore.Http.HttpResults;

namespace ParcelWatch.Web.Features.CustomsPoints;

/// <summary>A customs point as the API shows it. <c>city</c> is the English name; <c>cityRu</c> the Russian.</summary>
public sealed record CustomsPointDto(string Code, string NameRu, string NameEn, string City, string CityRu);

public static class CustomsPointsEndpoints
{
    public static IServiceCollection AddCustomsPoints(this IServiceCollection services) =>
        services.AddSingleton<CustomsPointDirectory>();

    public static RouteGroupBuilder MapCustomsPointsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/customs-points").WithTags("Customs points");
        group.MapGet("/", ListAsync).WithName("ListCustomsPoints").WithSummary("The customs-point catalogue")
            .WithDescription("Every active customs point with its code (used in reports and statistics) and names in Russian and English.");
        return group;
    }

    private static async Task<Ok<List<CustomsPointDto>>> ListAsync(CustomsPointDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok((await directory.ActiveAsync(cancellationToken))
            .Select(p => new CustomsPointDto(p.Code, p.NameRu, p.NameEn, p.CityEn, p.CityRu))
            .ToList());
}
