namespace ParcelWatch.Data.Entities;

/// <summary>
/// One maintained count of visible reports (table <c>StatsCells</c>): how many visible reports share the key columns
/// that its <see cref="Grain"/> keeps. The other key columns of the row hold the "any" value (<see cref="StatsCellSql"/>),
/// and so do kept columns whose report value is null. Database triggers on <c>ParcelReports</c> keep the counts
/// right in the same transaction as every write (docs/decisions/ADR-016-Maintained-statistics.md).
/// </summary>
public sealed class StatsCell
{
    public StatsGrain Grain { get; set; }

    public string BrandKey { get; set; } = "";

    public int CustomsPointId { get; set; }

    /// <summary>An <see cref="Entities.Outcome"/>, or -1 where the grain does not keep it.</summary>
    public int Outcome { get; set; }

    /// <summary>Days held, or -1 (pending, or not kept).</summary>
    public int DaysHeld { get; set; }

    /// <summary>The shipping date, or <see cref="DateOnly.MinValue"/> (none, or not kept).</summary>
    public DateOnly ShippedOn { get; set; }

    /// <summary>A <see cref="ProductCategory"/> number (an open set: stored as a number), or -1 where not kept.</summary>
    public int Category { get; set; }

    public string CarrierCode { get; set; } = "";

    /// <summary>A <see cref="Entities.Shop"/> number, or -1 where not kept.</summary>
    public int Shop { get; set; }

    /// <summary>The declaration wording (normalized), or "" (none, or not kept).</summary>
    public string Wording { get; set; } = "";

    /// <summary>The <see cref="Entities.WordingClass"/> of the wording, or -1 (none, or not kept).</summary>
    public int WordingClass { get; set; }

    /// <summary>The <see cref="Entities.ValueBand"/> of the declared value, or -1 (none, an unknown currency, or not kept).</summary>
    public int ValueBand { get; set; }

    /// <summary>The brand as reporters spell it (for the suggestions), or "" (none, or not kept).</summary>
    public string Brand { get; set; } = "";

    /// <summary>Visible reports with this key; 0 once they all went (the row stays until a rebuild).</summary>
    public int Count { get; set; }
}

/// <summary>
/// Which key columns a <see cref="StatsCell"/> keeps: each visible report counts once in every grain. The coarse
/// grains answer the unfiltered statistics from a few thousand rows; <see cref="Full"/> answers any filter.
/// </summary>
public enum StatsGrain
{
    /// <summary>Every key: point, outcome, days held, shipping day, brand key, category, carrier, shop, wording, wording class, value band.</summary>
    Full = 0,

    /// <summary>Point, outcome, days held: the per-point table without filters.</summary>
    Points = 1,

    /// <summary>Point, outcome, shipping day: timelines without filters.</summary>
    Timeline = 2,

    /// <summary>Wording (and its class), point, outcome: the declaration insight and the wording classes without filters.</summary>
    Declarations = 3,

    /// <summary>Brand key, point, outcome, days held: the per-point table filtered by brand alone.</summary>
    BrandPoints = 4,

    /// <summary>The brand as spelled: the brand suggestions.</summary>
    Brands = 5,
}
