using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>Something a buyer ordered: brand (null for unbranded goods), model, category and its real price.</summary>
/// <param name="ContentsWording">The declaration text that names what is really inside (the "matches contents" class).</param>
public sealed record DemoProduct(string? Brand, string Model, ProductCategory Category, int PriceUsd, string ContentsWording)
{
    public bool IsXiaomi => Brand == DemoScenario.Xiaomi;

    public bool IsXiaomiPhone => IsXiaomi && Category == ProductCategory.Phone;
}
