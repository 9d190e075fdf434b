using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// A count of visible reports sharing a point, outcome, days held, shipping day, wording, wording class and brand key. "Any" or none: -1, "", and a
/// date before <see cref="StatsCellSql.FirstDate"/> (0001-01-01 in the cells; MinValue, sent as -infinity by Npgsql, from rows).
/// </summary>
public sealed class StatsRow
{
    public int PointId { get; init; }

    public int Outcome { get; init; }

    public int DaysHeld { get; init; }

    public DateOnly ShippedOn { get; init; }

    public string Wording { get; init; } = "";

    public int WordingClass { get; init; }

    /// <summary>The brand key (upper case), or "" (none, or not kept).</summary>
    public string BrandKey { get; init; } = "";

    public int Count { get; init; }
}

/// <summary>
/// Where a statistic counts from: the maintained <c>StatsCells</c> (the coarse grain the statistic names when nothing
/// is filtered, the brand grain for the per-point table filtered by brand alone, the full grain for any other filter),
/// or the report rows themselves when the filter is one the cells cannot answer ("declaration contains" free text).
/// </summary>
public static class StatsSource
{
    public static IQueryable<StatsRow> For(ParcelWatchDbContext db, StatsFilter filter, StatsGrain unfiltered)
    {
        if (filter.Declaration is not null)
        {
            return filter.Apply(db).Select(p => new StatsRow
            {
                PointId = p.CustomsPointId,
                Outcome = (int)p.Outcome,
                DaysHeld = p.DaysHeld ?? -1,
                ShippedOn = p.ShippedOn ?? DateOnly.MinValue,
                Wording = p.DeclarationWording ?? "",
                WordingClass = (int?)p.WordingClass ?? -1,
                BrandKey = p.BrandKey ?? "",
                Count = 1,
            });
        }

        var cells = db.StatsCells.AsNoTracking();
        var brandKey = SearchKeys.Brand(filter.Brand);
        if (filter.IsEmpty)
        {
            cells = cells.Where(c => c.Grain == unfiltered);
        }
        else if (unfiltered == StatsGrain.Points && filter == new StatsFilter(Brand: filter.Brand))
        {
            cells = cells.Where(c => c.Grain == StatsGrain.BrandPoints && c.BrandKey == brandKey);
        }
        else
        {
            cells = Filtered(cells.Where(c => c.Grain == StatsGrain.Full), filter, brandKey);
        }

        return cells.Select(c => new StatsRow
        {
            PointId = c.CustomsPointId,
            Outcome = c.Outcome,
            DaysHeld = c.DaysHeld,
            ShippedOn = c.ShippedOn,
            Wording = c.Wording,
            WordingClass = c.WordingClass,
            BrandKey = c.BrandKey,
            Count = c.Count,
        });
    }

    private static IQueryable<StatsCell> Filtered(IQueryable<StatsCell> cells, StatsFilter filter, string? brandKey)
    {
        if (filter.From is not null || filter.To is not null)
        {
            cells = cells.Where(c => c.ShippedOn >= StatsCellSql.FirstDate); // a report without a shipping date is left out
        }

        if (filter.From is { } from)
        {
            cells = cells.Where(c => c.ShippedOn >= from);
        }

        if (filter.To is { } to)
        {
            cells = cells.Where(c => c.ShippedOn <= to);
        }

        if (brandKey is not null)
        {
            cells = cells.Where(c => c.BrandKey == brandKey);
        }

        if (filter.Category is { } category)
        {
            cells = cells.Where(c => c.Category == (int)category);
        }

        if (filter.Carrier is { } carrier)
        {
            cells = cells.Where(c => c.CarrierCode == carrier);
        }

        if (filter.Shop is { } shop)
        {
            cells = cells.Where(c => c.Shop == (int)shop);
        }

        if (filter.WordingClass is { } wordingClass)
        {
            cells = cells.Where(c => c.WordingClass == (int)wordingClass);
        }

        if (filter.ValueBand is { } valueBand)
        {
            cells = cells.Where(c => c.ValueBand == (int)valueBand);
        }

        if (filter.Wording is { } wording)
        {
            cells = cells.Where(c => c.Wording == wording);
        }

        return cells;
    }
}
