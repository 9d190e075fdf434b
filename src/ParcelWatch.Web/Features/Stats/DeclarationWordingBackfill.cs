using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Computes the stored declaration wording and its class of reports written before they existed. Runs at start-up;
/// finds nothing to do once every report has both. One UPDATE per distinct declaration text (wording) or wording
/// (class), so a million reports take seconds; the statistics triggers move their counts like any other update.
/// </summary>
public sealed class DeclarationWordingBackfill(ParcelWatchDbContext db) : IDatabaseSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken) => FillMissingAsync(db, cancellationToken);

    public static async Task<int> FillMissingAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        var texts = await db.ParcelReports.Where(p => p.DeclarationWording == null)
            .Select(p => p.DeclarationText).Distinct().ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var text in texts)
        {
            var wording = SearchKeys.Wording(text);
            filled += await db.ParcelReports.Where(p => p.DeclarationWording == null && p.DeclarationText == text)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(p => p.DeclarationWording, wording)
                    .SetProperty(p => p.WordingClass, SearchKeys.Class(wording)), cancellationToken);
        }

        var wordings = await db.ParcelReports.Where(p => p.WordingClass == null && p.DeclarationWording != null)
            .Select(p => p.DeclarationWording!).Distinct().ToListAsync(cancellationToken);
        foreach (var wording in wordings)
        {
            var wordingClass = SearchKeys.Class(wording);
            filled += await db.ParcelReports.Where(p => p.WordingClass == null && p.DeclarationWording == wording)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.WordingClass, wordingClass), cancellationToken);
        }

        return filled;
    }
}
