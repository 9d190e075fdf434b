using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>The merges done so far, for review and undo.</summary>
public sealed class MergeHistory(IDbContextFactory<ParcelWatchDbContext> dbFactory)
{
    /// <summary>Merges newest first, undone ones included; optionally only those touching one report.</summary>
    public async Task<PagedResponse<MergeResponse>> ListAsync(int? reportId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var merges = db.Merges.AsNoTracking();
        if (reportId is { } id)
        {
            merges = merges.Where(m => m.CanonicalId == id || m.DuplicateId == id);
        }

        var found = await merges.OrderByDescending(m => m.Id).ToPageAsync(PageRequest.Of(page, pageSize), cancellationToken);
        return found.Map(MergeResponse.From);
    }
}
