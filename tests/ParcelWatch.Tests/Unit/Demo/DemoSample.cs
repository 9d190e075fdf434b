using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Cli.Demo;

namespace ParcelWatch.Tests.Unit.Demo;

/// <summary>20,000 reports of the default seed, generated once for all shape tests, and the measures they use.</summary>
internal static class DemoSample
{
    public const int Size = 20_000;

    private static readonly Lazy<IReadOnlyList<DemoReport>> Sample = new(() => DemoReportGenerator.Generate(Size, DemoScenario.DefaultSeed).ToList());

    private static readonly Lazy<IReadOnlyList<DemoReport>> FirstReports = new(() => Reports.Where(r => !r.IsRepeat).ToList());

    public static IReadOnlyList<DemoReport> Reports => Sample.Value;

    /// <summary>The first report of each parcel: the scenario's shares are of parcels (repeats are noise for moderators).</summary>
    public static IReadOnlyList<DemoReport> Parcels => FirstReports.Value;

    /// <summary>The share of reports, or of <see cref="Parcels"/> when <paramref name="parcelsOnly"/>.</summary>
    public static double ShareOf(Func<DemoReport, bool> predicate, bool parcelsOnly = true)
    {
        var reports = parcelsOnly ? Parcels : Reports;
        return (double)reports.Count(predicate) / reports.Count;
    }

    /// <summary>Returned among the decided reports (pending ones have no outcome yet).</summary>
    public static double ReturnRate(IEnumerable<DemoReport> reports)
    {
        var decided = reports.Where(r => r.Outcome != Outcome.Pending).ToList();
        Assert.True(decided.Count >= 30, $"Only {decided.Count} decided reports: too few for a rate.");
        return (double)decided.Count(r => r.Outcome == Outcome.Returned) / decided.Count;
    }

    public static IEnumerable<DemoReport> XiaomiPhones(string pointCode, int arrivalMonth, DemoWordingStyle wording) =>
        Parcels.Where(r => r.Brand == DemoScenario.Xiaomi && r.Category == ProductCategory.Phone && r.CustomsPointCode == pointCode
            && r.ArrivedOn.Month == arrivalMonth && r.Wording == wording);
}
