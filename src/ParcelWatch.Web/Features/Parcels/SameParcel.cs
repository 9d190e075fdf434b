using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>A stored report that may be the same parcel as a new one, as read for the duplicate hint.</summary>
public sealed record SameParcelRow(int Id, string TrackingNumber, Shop Shop, string? OrderNumber, string CustomsPointCode, DateTime CreatedAt);

/// <summary>
/// The duplicate hint shown when a report is logged: other reports with the same tracking number, or with the same
/// shop and order number, oldest first.
/// </summary>
public static class SameParcel
{
    public const int MaximumCandidates = 10;

    public static bool Matches(ParcelReport report, SameParcelRow other) =>
        other.Id != report.Id
        && (other.TrackingNumber == report.TrackingNumber
            || (report.OrderNumber is not null && other.Shop == report.Shop && other.OrderNumber == report.OrderNumber));

    public static IReadOnlyList<DuplicateCandidate> CandidatesFor(ParcelReport report, IEnumerable<SameParcelRow> rows) =>
        rows.Where(row => Matches(report, row))
            .OrderBy(row => row.Id)
            .Take(MaximumCandidates)
            .Select(row => new DuplicateCandidate(
                row.Id,
                row.TrackingNumber == report.TrackingNumber ? "sameTrackingNumber" : "sameShopOrder",
                row.TrackingNumber,
                row.CustomsPointCode,
                row.CreatedAt))
            .ToList();
}
