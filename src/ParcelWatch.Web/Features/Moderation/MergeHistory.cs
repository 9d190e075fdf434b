using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>The merges done so far, for review and undo.</summary>
public sealed class MergeHistory(IDbContextFactory<ParcelWatchDbContext> dbFactory)
{
    public const int MaximumPageSize = 100;

    /// <summary>Merges newest first, undone ones included; optionally only those touching one report.</summary>
    public async Task<PagedResponse<MergeResponse>> ListAsync(int? reportId, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaximumPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var merges = db.Merges.AsNoTracking();
        if (reportId is { } id)
        {
            merges = merges.Where(m => m.CanonicalId == id || m.DuplicateId == id);
        }

        var total = await merges.CountAsync(cancellationToken);
        var items = await merges.OrderByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResponse<MergeResponse>(items.ConvertAll(MergeResponse.From), page, pageSize, total);
    }
}
