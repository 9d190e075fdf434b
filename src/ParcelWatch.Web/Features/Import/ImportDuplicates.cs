using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// The parcels of a file met so far, by tracking number and by shop and order number, with the id each will have
/// once stored. The real import keeps one per batch (earlier batches are in the database by then); a dry run keeps
/// one for the whole file, as it stores nothing.
/// </summary>
public sealed class SeenParcels(bool keepIds = true)
{
    private static readonly Func<int> NoId = () => 0;

    public Dictionary<string, Func<int>> ByNumber { get; } = [];

    public Dictionary<(Shop, string), Func<int>> ByOrder { get; } = [];

    /// <summary>The id the report will have; a dry run, which never stores it, keeps no report alive for it.</summary>
    public Func<int> IdOf(ParcelReport report) => keepIds ? () => report.Id : NoId;
}

/// <summary>Rows for a parcel already reported (same tracking number, or same shop and order number; earlier in the file included).</summary>
public static class ImportDuplicates
{
    /// <summary>Rows whose parcel is already stored or seen earlier, against the rest (which are then seen).</summary>
    internal static async Task<(List<ImportBatchProcessor.Candidate> Fresh, List<(FileRow Row, Func<int> OriginalId)> Duplicates)> SplitAsync(
        ParcelWatchDbContext db, List<ImportBatchProcessor.Candidate> candidates, SeenParcels seen, CancellationToken cancellationToken)
    {
        var numbers = candidates.Select(c => c.Report.TrackingNumber).Distinct().ToList();
        var orders = candidates.Where(c => c.Report.OrderNumber is not null).Select(c => c.Report.OrderNumber!).Distinct().ToList();
        var shops = candidates.Select(c => c.Report.Shop).Distinct().ToList();
        var byNumber = (await db.ParcelReports.AsNoTracking()
                .Where(r => EF.Parameter(numbers).Contains(r.TrackingNumber))
                .Select(r => new { r.Id, r.TrackingNumber }).ToListAsync(cancellationToken))
            .GroupBy(r => r.TrackingNumber).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
        var byOrder = (await db.ParcelReports.AsNoTracking()
                .Where(r => EF.Parameter(shops).Contains(r.Shop) && EF.Parameter(orders).Contains(r.OrderNumber!))
                .Select(r => new { r.Id, r.Shop, r.OrderNumber }).ToListAsync(cancellationToken))
            .GroupBy(r => (r.Shop, r.OrderNumber!)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));

        var fresh = new List<ImportBatchProcessor.Candidate>();
        var duplicates = new List<(FileRow, Func<int>)>();
        foreach (var candidate in candidates)
        {
            var report = candidate.Report;
            var orderKey = report.OrderNumber is null ? ((Shop, string)?)null : (report.Shop, report.OrderNumber);
            if (byNumber.TryGetValue(report.TrackingNumber, out var storedId)
                || (orderKey is { } key && byOrder.TryGetValue(key, out storedId)))
            {
                duplicates.Add((candidate.Row, () => storedId));
            }
            else if ((seen.ByNumber.GetValueOrDefault(report.TrackingNumber) ?? (orderKey is { } k ? seen.ByOrder.GetValueOrDefault(k) : null)) is { } earlier)
            {
                duplicates.Add((candidate.Row, earlier)); // its id exists once the batch is saved
            }
            else
            {
                fresh.Add(candidate);
                var id = seen.IdOf(report);
                seen.ByNumber[report.TrackingNumber] = id;
                if (orderKey is { } newKey)
                {
                    seen.ByOrder[newKey] = id;
                }
            }
        }

        return (fresh, duplicates);
    }
}
