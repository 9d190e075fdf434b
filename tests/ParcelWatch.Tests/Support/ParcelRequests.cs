using System.Globalization;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Support;

/// <summary>Valid report bodies for API tests, each with a fresh valid S10 tracking number.</summary>
public static class ParcelRequests
{
    private static int _serial = Random.Shared.Next(10_000_000, 90_000_000);

    /// <summary>A registered S10 number (RR…) of the given country with a correct check digit, different on every call.</summary>
    public static string NewS10Number(string country)
    {
        var serial = Interlocked.Increment(ref _serial).ToString("D8", CultureInfo.InvariantCulture);
        return $"RR{serial}{S10.ComputeCheckDigit(serial)}{country}";
    }

    public static string NewChinaPostNumber() => NewS10Number("CN");

    /// <summary>The seed story: a Xiaomi Redmi 4X declared as "cell phone", $150, China Post, Orenburg.</summary>
    public static ParcelRequest RedmiToOrenburg(string? trackingNumber = null, string? orderNumber = null) => new(
        Shop: "AliExpress",
        OrderNumber: orderNumber ?? $"8{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}",
        TrackingNumber: trackingNumber ?? NewChinaPostNumber(),
        CarrierCode: null,
        CustomsPointCode: "orenburg",
        Brand: "Xiaomi",
        Model: "Redmi 4X",
        Category: "Phone",
        DeclarationText: "cell phone",
        DeclaredValue: 150m,
        Currency: "USD",
        ShippedOn: "2017-04-03");
}
