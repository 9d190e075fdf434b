using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// What the demo buyers ordered. Each group is a brand's share times the share of one category within the brand, so
/// that the brand mix (Xiaomi 45%, Meizu 12%, Huawei/Honor 8%, Sony 4%, Chuwi 3%, BlackBerry 1%, other Chinese brands
/// 17%, unbranded 10%) and the category mix (Phone 55%, Tablet 6%, Wearable 10%, Console 2%, Laptop 1%, Accessory 24%,
/// Other 2%) both hold. Prices are rough 2017 AliExpress prices in US dollars (phones $90–480).
/// </summary>
public static class DemoProductCatalog
{
    public static readonly DemoProduct Mi6 = Xiaomi("Mi6", 422);
    public static readonly DemoProduct Mi5s = Xiaomi("Mi5s", 300);

    /// <summary>The Mi6 is sold only from late April; an earlier "Mi6" order is a Mi5s.</summary>
    public static readonly DateOnly Mi6ShippedFrom = new(2017, 4, 25);

    public static readonly WeightedChoice<DemoProduct> Products = new(
    [
        .. Group(0.45 * 0.62,
            (20, Xiaomi("Redmi 4X", 150)), (20, Xiaomi("Redmi Note 4X", 180)), (15, Xiaomi("Redmi 4A", 100)),
            (8, Mi5s), (8, Mi6), (8, Xiaomi("Mi Max", 220)), (6, Xiaomi("Redmi Note 3 Pro", 160)),
            (5, Xiaomi("Redmi 4 Pro", 170)), (5, Xiaomi("Mi Note 2", 478)), (5, Xiaomi("Mi MIX", 480))),
        .. Group(0.45 * 0.16, (1, new(DemoScenario.Xiaomi, "Mi Band 2", ProductCategory.Wearable, 25, "fitness bracelet"))),
        .. Group(0.45 * 0.22,
            (1, new(DemoScenario.Xiaomi, "Yeelight LED bulb", ProductCategory.Accessory, 20, "LED bulb")),
            (1, new(DemoScenario.Xiaomi, "Mi Power Bank 10000", ProductCategory.Accessory, 18, "power bank")),
            (1, new(DemoScenario.Xiaomi, "Mi Piston earphones", ProductCategory.Accessory, 15, "earphones"))),
        .. Group(0.12 * 0.85,
            (3, Phone("Meizu", "M5 Note", 150)), (3, Phone("Meizu", "M5", 110)),
            (2, Phone("Meizu", "Pro 6", 300)), (2, Phone("Meizu", "M3 Note", 130))),
        .. Group(0.12 * 0.15, (1, new("Meizu", "EP51", ProductCategory.Accessory, 25, "earphones"))),
        .. Group(0.08 * 0.80,
            (3, Phone("Honor", "Honor 8", 300)), (3, Phone("Honor", "Honor 6X", 200)),
            (2, Phone("Huawei", "P10", 450)), (2, Phone("Honor", "Honor 8 Lite", 220))),
        .. Group(0.08 * 0.10, (1, new("Honor", "Band 3", ProductCategory.Wearable, 40, "fitness bracelet"))),
        .. Group(0.08 * 0.10, (1, new("Huawei", "MediaPad M3", ProductCategory.Tablet, 280, "tablet"))),
        .. Group(0.04 * 0.50, (1, new("Sony", "PlayStation 4 Slim", ProductCategory.Console, 330, "game console"))),
        .. Group(0.04 * 0.50,
            (1, new("Sony", "MDR-XB950 headphones", ProductCategory.Accessory, 110, "headphones")),
            (1, new("Sony", "DualShock 4", ProductCategory.Accessory, 50, "gamepad"))),
        .. Group(0.03 * 0.70,
            (1, new("Chuwi", "Hi10 Pro", ProductCategory.Tablet, 180, "tablet")),
            (1, new("Chuwi", "Hi8 Pro", ProductCategory.Tablet, 100, "tablet"))),
        .. Group(0.03 * 0.30, (1, new("Chuwi", "LapBook 14.1", ProductCategory.Laptop, 280, "laptop"))),
        .. Group(0.01, (1, Phone("BlackBerry", "Priv", 300)), (1, Phone("BlackBerry", "DTEK50", 250))),
        .. Group(0.17 * 0.55,
            (1, Phone("ZTE", "Nubia Z11", 300)), (1, Phone("Elephone", "P9000", 190)), (1, Phone("LeEco", "Le 2", 120)),
            (1, Phone("Bluboo", "Dual", 100)), (1, Phone("Oppo", "R9s", 350)), (1, Phone("Vivo", "X9", 330))),
        .. Group(0.17 * 0.18,
            (1, new("Teclast", "X98 Plus II", ProductCategory.Tablet, 150, "tablet")),
            (1, new("Cube", "iPlay 8", ProductCategory.Tablet, 90, "tablet"))),
        .. Group(0.17 * 0.12, (1, new("Bluboo", "Xwatch", ProductCategory.Wearable, 40, "smart watch"))),
        .. Group(0.17 * 0.10, (1, new("Baseus", "USB charger", ProductCategory.Accessory, 12, "charger"))),
        .. Group(0.17 * 0.05, (1, new("JJRC", "H37 drone", ProductCategory.Other, 40, "toy"))),
        .. Group(0.10 * 0.85,
            (1, Unbranded("Phone case", ProductCategory.Accessory, 4, "phone case")),
            (1, Unbranded("USB cable", ProductCategory.Accessory, 3, "cable")),
            (1, Unbranded("Screen protector", ProductCategory.Accessory, 2, "screen protector")),
            (1, Unbranded("Bluetooth speaker", ProductCategory.Accessory, 15, "bluetooth speaker"))),
        .. Group(0.10 * 0.15, (1, Unbranded("LED strip light", ProductCategory.Other, 8, "LED strip"))),
    ]);

    private static DemoProduct Xiaomi(string model, int priceUsd) => Phone(DemoScenario.Xiaomi, model, priceUsd);

    private static DemoProduct Phone(string brand, string model, int priceUsd) =>
        new(brand, model, ProductCategory.Phone, priceUsd, "phone");

    private static DemoProduct Unbranded(string model, ProductCategory category, int priceUsd, string wording) =>
        new(null, model, category, priceUsd, wording);

    private static IEnumerable<(DemoProduct, double)> Group(double share, params (double Weight, DemoProduct Product)[] products)
    {
        var total = products.Sum(p => p.Weight);
        return products.Select(p => (p.Product, share * p.Weight / total));
    }
}
