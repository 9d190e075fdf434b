using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Features.CustomsPoints;

/// <summary>A customs point named in the reader's language, for tables and pickers.</summary>
public sealed record CustomsPointOption(string Code, string Name, string City);

/// <summary>Looks up a point's name by code in a list from <see cref="CustomsPointDirectory"/>.</summary>
public static class CustomsPointOptions
{
    public static string NameOf(this IReadOnlyList<CustomsPointOption> points, string code) =>
        points.FirstOrDefault(p => p.Code == code)?.Name ?? code;
}

/// <summary>The active customs points, in catalogue order, named in the current UI culture.</summary>
public sealed class CustomsPointDirectory(IDbContextFactory<ParcelWatchDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CustomsPointOption>> ListAsync(CancellationToken cancellationToken)
    {
        var russian = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CustomsPoints.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id)
            .Select(p => new CustomsPointOption(p.Code, russian ? p.NameRu : p.NameEn, russian ? p.CityRu : p.CityEn))
            .ToListAsync(cancellationToken);
    }
}
