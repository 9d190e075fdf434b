using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>The orders "My parcels" can be sorted in: a column and a direction.</summary>
public sealed record ParcelSort(string Column, bool Descending)
{
    public static ParcelSort Newest { get; } = new(nameof(ParcelReport.CreatedAt), true);

    public IQueryable<ParcelReport> Apply(IQueryable<ParcelReport> query) => (Column, Descending) switch
    {
        (nameof(ParcelReport.TrackingNumber), false) => query.OrderBy(p => p.TrackingNumber).ThenBy(p => p.Id),
        (nameof(ParcelReport.TrackingNumber), true) => query.OrderByDescending(p => p.TrackingNumber).ThenBy(p => p.Id),
        (nameof(ParcelReport.Outcome), false) => query.OrderBy(p => p.Outcome).ThenBy(p => p.Id),
        (nameof(ParcelReport.Outcome), true) => query.OrderByDescending(p => p.Outcome).ThenBy(p => p.Id),
        (nameof(ParcelReport.ShippedOn), false) => query.OrderBy(p => p.ShippedOn).ThenBy(p => p.Id),
        (nameof(ParcelReport.ShippedOn), true) => query.OrderByDescending(p => p.ShippedOn).ThenBy(p => p.Id),
        (_, false) => query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };
}
