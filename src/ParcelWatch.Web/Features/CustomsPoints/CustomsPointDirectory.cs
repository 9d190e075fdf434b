using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.CustomsPoints;

/// <summary>A customs point named in the reader's language, for tables and pickers.</summary>
public sealed record CustomsPointOption(string Code, string Name, string City);

/// <summary>Looks up a point's name by code in a list from <see cref="CustomsPointDirectory"/>.</summary>
public static class CustomsPointOptions
{
    public static string NameOf(this IReadOnlyList<CustomsPointOption> points, string code) =>
        points.FirstOrDefault(p => p.Code == code)?.Name ?? code;
}

/// <summary>
/// The active customs points, in catalogue order. They are reference data, seeded from the embedded catalogue when
/// the app starts and never changed while it runs, so each process reads them once and keeps them: checking a
/// report's point costs no query. The entities handed out are shared: read them, never attach them to a context.
/// </summary>
public sealed class CustomsPointDirectory(IDbContextFactory<ParcelWatchDbContext> dbFactory)
{
    private IReadOnlyList<CustomsPoint>? _active;

    public async Task<IReadOnlyList<CustomsPoint>> ActiveAsync(CancellationToken cancellationToken)
    {
        if (_active is { } known)
        {
            return known;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await db.CustomsPoints.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return _active = loaded;
    }

    public async Task<CustomsPoint?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await ActiveAsync(cancellationToken)).FirstOrDefault(p => p.Code == code);

    public async Task<CustomsPoint?> FindAsync(int id, CancellationToken cancellationToken) =>
        (await ActiveAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);

    /// <summary>The points named in the current UI culture.</summary>
    public async Task<IReadOnlyList<CustomsPointOption>> ListAsync(CancellationToken cancellationToken)
    {
        var russian = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";
        return (await ActiveAsync(cancellationToken))
            .Select(p => new CustomsPointOption(p.Code, russian ? p.NameRu : p.NameEn, russian ? p.CityRu : p.CityEn))
            .ToList();
    }
}
