using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>Two visible reports that are probably the same parcel.</summary>
public sealed record ScoredPair(int FirstId, int SecondId, PairScore Score);

/// <summary>
/// The moderation queue of duplicate candidates among visible reports, by query. Certain pairs (shared tracking
/// number, or shop and order number) come from grouped index scans; each report of a group is paired with the
/// group's oldest report, the natural one to keep. Fuzzy pairs (mistyped tracking numbers) are found by streaming the
/// reports shipped since a date in (point, brand, model, shipping date) order, from a covering index, through a
/// <see cref="TrackingNumberWindow"/> of <see cref="DuplicateScore.MaximumDaysApart"/> days, so memory stays flat and
/// only reports sharing a piece of the tracking number are compared; only those pairs are then read in full and scored.
/// </summary>
public sealed class DuplicateCandidateFinder(IDbContextFactory<ParcelWatchDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Fuzzy candidates are looked for among reports shipped in this many days before today, unless asked otherwise.</summary>
    public const int DefaultFuzzyDays = 90;

    public const int MaximumPageSize = 50;

    public async Task<PagedResponse<DuplicatePair>> ListAsync(
        ParcelReader moderator, DateOnly? fuzzySince, int page, int pageSize, CancellationToken cancellationToken)
    {
        var slice = PageRequest.Of(page, pageSize, MaximumPageSize).Slice(await FindAsync(fuzzySince, cancellationToken));
        var ids = slice.Items.SelectMany(p => new[] { p.FirstId, p.SecondId }).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await db.ParcelReports.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Include(p => p.CustomsPoint).Include(p => p.Events).AsSplitQuery()
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return slice.Map(p => new DuplicatePair(
            reports[p.FirstId].ToResponse(moderator), reports[p.SecondId].ToResponse(moderator), p.Score.Score, p.Score.Reasons));
    }

    /// <summary>Every candidate pair, certain ones first, then by score; the older report first in each pair.</summary>
    public async Task<IReadOnlyList<ScoredPair>> FindAsync(DateOnly? fuzzySince, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var certain = await FindCertainAsync(db, cancellationToken);
        var known = certain.Select(p => (p.FirstId, p.SecondId)).ToHashSet();
        var since = fuzzySince ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-DefaultFuzzyDays);
        var fuzzy = await FindFuzzyAsync(db, since, known, cancellationToken);
        return certain
            .Concat(fuzzy.OrderByDescending(p => p.Score.Score).ThenBy(p => p.FirstId).ThenBy(p => p.SecondId))
            .ToList();
    }

    private static IQueryable<ParcelReport> Visible(ParcelWatchDbContext db) =>
        db.ParcelReports.AsNoTracking().Where(p => p.ModerationState == ModerationState.Visible);

    private static async Task<List<ScoredPair>> FindCertainAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        // Grouping all reports and counting the visible ones lets SQLite scan the covering indexes in key order;
        // a WHERE on the state would send it to a state-led index and a temporary sort of a million rows.
        var sharedTracking = db.ParcelReports.GroupBy(p => p.TrackingNumber)
            .Where(g => g.Count(p => p.ModerationState == ModerationState.Visible) > 1).Select(g => g.Key);
        var sharedOrders = db.ParcelReports.Where(p => p.OrderNumber != null).GroupBy(p => new { p.Shop, p.OrderNumber })
            .Where(g => g.Count(p => p.ModerationState == ModerationState.Visible) > 1).Select(g => g.Key.OrderNumber);
        var trackingNumbers = await sharedTracking.ToListAsync(cancellationToken);
        var orderNumbers = await sharedOrders.ToListAsync(cancellationToken);

        // Two lookups, each through its index (an OR of both scans every report); the keys go as one JSON parameter,
        // however many. Naming every shop lets SQLite seek the (shop, order number) index.
        var shops = Enum.GetValues<Shop>();
        var byTracking = await Visible(db).Where(p => EF.Parameter(trackingNumbers).Contains(p.TrackingNumber)).Select(Facts()).ToListAsync(cancellationToken);
        var byOrder = await Visible(db).Where(p => shops.Contains(p.Shop) && EF.Parameter(orderNumbers).Contains(p.OrderNumber)).Select(Facts()).ToListAsync(cancellationToken);
        var reports = byTracking.UnionBy(byOrder, r => r.Id).ToList();

        var pairs = new Dictionary<(int, int), ScoredPair>();
        void PairWithOldest(IEnumerable<CandidateFacts> group)
        {
            var ordered = group.OrderBy(r => r.Id).ToList();
            foreach (var other in ordered.Skip(1))
            {
                if (DuplicateScore.Score(ordered[0], other) is { } score)
                {
                    pairs.TryAdd((ordered[0].Id, other.Id), new ScoredPair(ordered[0].Id, other.Id, score));
                }
            }
        }

        foreach (var group in reports.GroupBy(r => r.TrackingNumber).Where(g => g.Count() > 1))
        {
            PairWithOldest(group);
        }

        foreach (var group in reports.Where(r => r.OrderNumber is not null).GroupBy(r => (r.Shop, r.OrderNumber)).Where(g => g.Count() > 1))
        {
            PairWithOldest(group);
        }

        return pairs.Values.OrderBy(p => p.FirstId).ThenBy(p => p.SecondId).ToList();
    }

    /// <summary>
    /// Streams the few columns the window needs from the covering (point, brand, model, shipping date, state, tracking
    /// number) index, no table rows; then reads the full facts of the reports that met a neighbour, and scores them.
    /// </summary>
    private static async Task<List<ScoredPair>> FindFuzzyAsync(
        ParcelWatchDbContext db, DateOnly since, HashSet<(int, int)> known, CancellationToken cancellationToken)
    {
        // The state is checked here, not in SQL, for the same reason as above.
        var stream = db.ParcelReports.AsNoTracking()
            .Where(p => p.Brand != null && p.Model != null && p.ShippedOn >= since)
            .OrderBy(p => p.CustomsPointId).ThenBy(p => p.Brand).ThenBy(p => p.Model).ThenBy(p => p.ShippedOn)
            .Select(p => new CandidateFacts(p.Id, p.TrackingNumber, default, null, p.CustomsPointId, p.Brand, p.Model, p.ShippedOn,
                string.Empty, null, null, p.ModerationState == ModerationState.Visible))
            .AsAsyncEnumerable();

        var neighbours = new List<(int First, int Second)>();
        var window = new TrackingNumberWindow();
        await foreach (var report in stream.WithCancellation(cancellationToken))
        {
            if (!report.IsVisible)
            {
                continue;
            }

            window.Advance(report);
            foreach (var earlier in window.Neighbours(report))
            {
                var pair = earlier.Id < report.Id ? (earlier.Id, report.Id) : (report.Id, earlier.Id);
                if (!known.Contains(pair) && DuplicateScore.MayBeSameParcel(earlier, report))
                {
                    neighbours.Add(pair);
                }
            }

            window.Add(report);
        }

        var ids = neighbours.SelectMany(p => new[] { p.First, p.Second }).Distinct().ToList();
        var facts = await db.ParcelReports.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).Select(Facts()).ToDictionaryAsync(f => f.Id, cancellationToken);
        return neighbours
            .Select(p => DuplicateScore.Score(facts[p.First], facts[p.Second]) is { IsCertain: false } score ? new ScoredPair(p.First, p.Second, score) : null)
            .OfType<ScoredPair>()
            .ToList();
    }

    private static System.Linq.Expressions.Expression<Func<ParcelReport, CandidateFacts>> Facts() => p => new CandidateFacts(
        p.Id, p.TrackingNumber, p.Shop, p.OrderNumber, p.CustomsPointId, p.Brand, p.Model, p.ShippedOn,
        p.DeclarationText, p.DeclaredValue, p.Currency, p.ModerationState == ModerationState.Visible);
}
