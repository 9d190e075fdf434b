using Microsoft.AspNetCore.Components;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// A reading page narrowed by the statistics filters of its address (<c>/stats</c>, a point's page, the declaration
/// wordings): the filter parameters are read here once, by the names the API uses, so that a link from one page to
/// another keeps every filter, including ones added later.
/// </summary>
public abstract class StatsFilterPage : ComponentBase
{
    [SupplyParameterFromQuery] protected string? From { get; set; }
    [SupplyParameterFromQuery] protected string? To { get; set; }
    [SupplyParameterFromQuery] protected string? Brand { get; set; }
    [SupplyParameterFromQuery] protected string? Category { get; set; }
    [SupplyParameterFromQuery] protected string? Carrier { get; set; }
    [SupplyParameterFromQuery] protected string? Shop { get; set; }
    [SupplyParameterFromQuery] protected string? Declaration { get; set; }
    [SupplyParameterFromQuery] protected string? ValueBand { get; set; }

    /// <summary>The filters as written in the address, not yet checked (<see cref="StatsFilter.Parse"/> does that).</summary>
    protected StatsQuery FilterQuery => new(From, To, Brand, Category, Carrier, Shop, Declaration, ValueBand: ValueBand);
}
