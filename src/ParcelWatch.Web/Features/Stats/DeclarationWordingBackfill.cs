using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Computes the stored declaration wording of reports written before it existed. Runs at start-up; finds nothing to
/// do once every report has one. One UPDATE per distinct declaration text, so a million reports take seconds.
/// </summary>
public static class DeclarationWordingBackfill
{
    public static async Task<int> FillMissingAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        var texts = await db.ParcelReports.Where(p => p.DeclarationWording == null)
            .Select(p => p.DeclarationText).Distinct().ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var text in texts)
        {
            var wording = SearchKeys.Wording(text);
            filled += await db.ParcelReports.Where(p => p.DeclarationWording == null && p.DeclarationText == text)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.DeclarationWording, wording), cancellationToken);
        }

        return filled;
    }
}
