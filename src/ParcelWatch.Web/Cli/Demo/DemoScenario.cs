using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// The distributions of the SYNTHETIC demo dataset (shared/data/demo-scenario.md): spring 2017, as the seed articles
/// tell it. Nothing here was measured; every figure is only meant to be plausible. Products are in
/// <see cref="DemoProductCatalog"/>, carrier routes in <see cref="DemoRoutes"/>.
/// </summary>
public static class DemoScenario
{
    public const int DefaultSeed = 20170315; // the date of the FCS letter
    public const int DefaultReportCount = 3000;
    public const string Xiaomi = "Xiaomi";

    public static readonly DateOnly FirstArrival = new(2017, 3, 1);
    public static readonly DateOnly LastArrival = new(2017, 7, 31);
    public static readonly DateOnly CrackdownStartsOn = new(2017, 3, 22);

    /// <summary>GearBest sells no Xiaomi item above $50 to Russia in orders after this day.</summary>
    public static readonly DateOnly GearBestXiaomiStop = new(2017, 5, 5);

    /// <summary>Reports that stop after ArrivedAtCustoms or Held. Lost parcels (≈1%) look the same: the model has no "lost" event.</summary>
    public const double PendingShare = 0.10;

    /// <summary>
    /// April Xiaomi phones at Orenburg and Yekaterinburg stay pending more often, so that about 40 of the default 3,000
    /// reports are still held at the end of May. (The hold times alone decide all but a handful of them by then; so
    /// most of the 40 are parcels whose buyers never logged the decision.)
    /// </summary>
    public const double StuckAtStrictPointsPendingShare = 0.45;
    public const double SeizedShare = 0.003;
    public const double DeliveredShareOfReleased = 0.85;
    public const double OpenedShareOfReleased = 0.07;
    public const string OpenedByCustomsNote = "Opened by customs";

    /// <summary>
    /// Shop numbers that are not S10 (they are valid for the app). The scenario's 2% of S10 numbers with a wrong check
    /// digit are NOT generated: the app refuses them, so stored reports never have one; they belong to an import file.
    /// </summary>
    public const double NonS10Share = 0.01;

    /// <summary>Parcels reported twice and three times (duplicates for the moderators to merge).</summary>
    public const double ReportedTwiceShare = 0.04;
    public const double ReportedThriceShare = 0.005;

    public const double PhonesDeclaredLowShare = 0.60;
    public const double BaselineReturnRate = 0.02;
    public const double XiaomiNonPhoneReturnRate = 0.015;

    /// <summary>Sony, BlackBerry and Chuwi at the points that ask the rights holder, in April and May.</summary>
    public const double RestrictedBrandReturnRate = 0.125;
    public static readonly IReadOnlySet<string> RestrictedBrands = new HashSet<string>(StringComparer.Ordinal) { "Sony", "BlackBerry", "Chuwi" };
    public static readonly IReadOnlySet<string> RestrictedBrandPoints =
        new HashSet<string>(StringComparer.Ordinal) { "orenburg", "yekaterinburg-koltsovo", "khabarovsk" };

    /// <summary>Arrivals per month, March to July: about 600 a month at 3,000 reports, with the April–May peak.</summary>
    public static readonly WeightedChoice<int> ArrivalMonth = new([(3, 0.16), (4, 0.26), (5, 0.26), (6, 0.18), (7, 0.14)]);

    /// <summary>
    /// The points and their shares of the reports. The scenario's ≈5% "unknown" point is left out: the app has no
    /// such customs point (a report always names one), so every demo report names one of these.
    /// </summary>
    public static readonly IReadOnlyList<DemoPoint> Points =
    [
        new("vnukovo", 0.38, true, [0.02, 0.02, 0.04, 0.04, 0.03, 0.02], NoSpread),
        new("sheremetyevo", 0.10, true, [0.02, 0.02, 0.03, 0.03, 0.02, 0.02], NoSpread),
        new("yekaterinburg-koltsovo", 0.15, false, [0.02, 0.30, 0.70, 0.20, 0.10, 0.05], [0, 0, 0.08, 0.08, 0, 0]),
        new("orenburg", 0.13, false, [0.02, 0.40, 0.85, 0.70, 0.40, 0.20], [0, 0, 0.05, 0.08, 0, 0]),
        new("novosibirsk-tolmachevo", 0.09, false, ControlRates, NoSpread),
        new("saint-petersburg-pulkovo", 0.06, false, ControlRates, NoSpread),
        new("khabarovsk", 0.04, false, [0.03, 0.03, 0.06, 0.06, 0.04, 0.03], NoSpread),
        new("vladivostok", 0.03, false, ControlRates, NoSpread),
        new("domodedovo", 0.02, true, ControlRates, NoSpread),
    ];

    public static readonly IReadOnlyList<DemoCarrier> Carriers =
    [
        new("CN", 0.45, DemoRoute.Mixed),
        new("SG", 0.14, DemoRoute.SingaporeHub),
        new("FI", 0.08, DemoRoute.FinlandStrict),
        new("EE", 0.03, DemoRoute.Mixed), new("LV", 0.03, DemoRoute.Mixed), new("LT", 0.03, DemoRoute.Mixed),
        new("NL", 0.04, DemoRoute.EuropeMoscow), new("CH", 0.03, DemoRoute.EuropeMoscow), new("SE", 0.03, DemoRoute.EuropeMoscow),
        new("HK", 0.03, DemoRoute.Mixed), new("MY", 0.03, DemoRoute.Mixed), new("PL", 0.03, DemoRoute.Mixed),
        new("TW", 0.02, DemoRoute.Mixed), new("DE", 0.015, DemoRoute.Mixed), new("GB", 0.015, DemoRoute.Mixed),
    ];

    /// <summary>
    /// The first letter of the S10 service indicator: R registered 60%, L tracked 35%, E EMS 5%. The scenario gives
    /// this mix for China Post; the demo uses it for every carrier.
    /// </summary>
    public static readonly WeightedChoice<char> ServiceKind = new([('R', 0.60), ('L', 0.35), ('E', 0.05)]);

    /// <summary>Shops: AliExpress 75%, GearBest 20%, Banggood 2%, JD, Joom and others 1% each, overall.</summary>
    public static readonly WeightedChoice<Shop> ShopOnEuropeMoscowRoute = Shops(aliExpress: 0.45, gearBest: 0.50);

    /// <summary>The other routes make up for the GearBest-heavy NL/CH/SE route (10% of reports), so the totals hold.</summary>
    public static readonly WeightedChoice<Shop> ShopOnOtherRoutes = Shops(aliExpress: 0.7833, gearBest: 0.1667);

    public static readonly IReadOnlyList<DemoWording> Wordings =
    [
        new(DemoWordingStyle.PhoneLike, 1.0, ["cell phone", "mobile phone", "phone", "smartphone", "tablet", "телефон", "сотовый телефон"]),
        new(DemoWordingStyle.AndroidPhone, 0.7, ["ANDROID PHONE. VALUE $18", "android phone"]),
        new(DemoWordingStyle.OtherBrandPhone, 0.6, ["Meizu phone", "Bluboo phone"]),
        new(DemoWordingStyle.GenericGoods, 0.2, ["electronic device", "electronics", "accessories", "gift", "photo frame", "toy", "bluetooth speaker"]),
        new(DemoWordingStyle.MatchesContents, 0.05, ["fitness bracelet", "LED bulb", "power bank", "earphones"]),
    ];

    /// <summary>How buyers' phones are declared (an assumption: the scenario gives the classes, not their frequency).</summary>
    public static readonly WeightedChoice<DemoWordingStyle> PhoneWording = new(
    [
        (DemoWordingStyle.PhoneLike, 0.55), (DemoWordingStyle.AndroidPhone, 0.15),
        (DemoWordingStyle.OtherBrandPhone, 0.10), (DemoWordingStyle.GenericGoods, 0.20),
    ]);

    /// <summary>Goods other than phones are mostly declared as what they are.</summary>
    public static readonly WeightedChoice<DemoWordingStyle> OtherGoodsWording =
        new([(DemoWordingStyle.MatchesContents, 0.75), (DemoWordingStyle.GenericGoods, 0.25)]);

    public static DemoWording WordingOf(DemoWordingStyle wordingClass) => Wordings[(int)wordingClass];

    public static DemoPhase PhaseOf(DateOnly arrival) => arrival switch
    {
        { Month: 3 } when arrival < CrackdownStartsOn => DemoPhase.Baseline,
        { Month: 3 } => DemoPhase.CrackdownStarts,
        { Month: 4 } => DemoPhase.Peak,
        { Month: 5 } => DemoPhase.PartialRelease,
        _ => DemoPhase.AssumedEasing,
    };

    /// <summary>The column of <see cref="DemoPoint.XiaomiPhoneReturnRates"/> for an arrival date (0 … 5).</summary>
    public static int RateColumnOf(DateOnly arrival) => arrival.Month switch
    {
        3 => arrival < CrackdownStartsOn ? 0 : 1,
        4 => 2,
        5 => 3,
        6 => 4,
        _ => 5,
    };

    /// <summary>The week of the demo period (0 for 03-01 … 03-07), for the weekly spread of the rates.</summary>
    public static int WeekOf(DateOnly arrival) => (arrival.DayNumber - FirstArrival.DayNumber) / 7;

    public static int WeekCount => WeekOf(LastArrival) + 1;

    public static double PendingShareFor(DemoPoint point, DateOnly arrival, DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(product);
        var stuck = product.IsXiaomiPhone && arrival.Month == 4 && point.Code is "orenburg" or "yekaterinburg-koltsovo";
        return stuck ? StuckAtStrictPointsPendingShare : PendingShare;
    }

    /// <summary>Days from arrival to the decision, per case of demo-scenario.md; returns outside the two strict points are assumed.</summary>
    public static HoldTime HoldTimeFor(DemoPoint point, DateOnly arrival, Outcome outcome, DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(product);
        var yekaterinburgApril = point.Code == "yekaterinburg-koltsovo" && arrival.Month == 4;
        return outcome switch
        {
            Outcome.Passed when yekaterinburgApril && product.IsXiaomiPhone => new HoldTime(35, 55),
            Outcome.Passed when point.IsMoscow => new HoldTime(1, 4),
            Outcome.Passed => new HoldTime(2, 7),
            _ when point.Code == "orenburg" => new HoldTime(25, 45),
            _ when yekaterinburgApril => new HoldTime(30, 50),
            _ => new HoldTime(14, 30),
        };
    }

    private static IReadOnlyList<double> ControlRates => [0.02, 0.02, 0.05, 0.05, 0.03, 0.02];

    private static IReadOnlyList<double> NoSpread => [0, 0, 0, 0, 0, 0];

    private static WeightedChoice<Shop> Shops(double aliExpress, double gearBest) => new(
    [
        (Shop.AliExpress, aliExpress), (Shop.GearBest, gearBest), (Shop.Banggood, 0.02),
        (Shop.JD, 0.01), (Shop.Joom, 0.01), (Shop.Other, 0.01),
    ]);
}
