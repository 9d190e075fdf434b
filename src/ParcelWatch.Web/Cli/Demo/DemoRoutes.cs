namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// Which customs point a carrier's parcel reaches. Singapore Post, Posti and the NL/CH/SE operators have fixed
/// routes (demo-scenario.md); the <see cref="DemoRoute.Mixed"/> route is what remains, computed so that the points'
/// shares over all carriers are exactly <see cref="DemoPoint.Share"/>.
/// </summary>
public static class DemoRoutes
{
    private static readonly Dictionary<DemoRoute, Dictionary<string, double>> Pinned = new()
    {
        [DemoRoute.SingaporeHub] = new() { ["vnukovo"] = 0.75, ["sheremetyevo"] = 0.15 },
        [DemoRoute.FinlandStrict] = new() { ["yekaterinburg-koltsovo"] = 0.30, ["orenburg"] = 0.25 },
        [DemoRoute.EuropeMoscow] = new() { ["vnukovo"] = 0.50, ["sheremetyevo"] = 0.20, ["domodedovo"] = 0.05 },
    };

    private static readonly Lazy<Dictionary<DemoRoute, IReadOnlyDictionary<string, double>>> Shares = new(Compute);

    private static readonly Lazy<Dictionary<DemoRoute, WeightedChoice<DemoPoint>>> Choices = new(() =>
        Shares.Value.ToDictionary(
            route => route.Key,
            route => new WeightedChoice<DemoPoint>(DemoScenario.Points.Select(p => (p, route.Value[p.Code])))));

    /// <summary>The share of each point code among the parcels of one route (summing to 1).</summary>
    public static IReadOnlyDictionary<string, double> PointSharesOf(DemoRoute route) => Shares.Value[route];

    public static DemoPoint PickPoint(DemoRoute route, Random random) => Choices.Value[route].Pick(random);

    private static Dictionary<DemoRoute, IReadOnlyDictionary<string, double>> Compute()
    {
        var result = Pinned.ToDictionary(p => p.Key, p => WithRestProportional(p.Value));
        var mixedShare = DemoScenario.Carriers.Where(c => c.Route == DemoRoute.Mixed).Sum(c => c.Share);
        var mixed = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var point in DemoScenario.Points)
        {
            var fromPinnedRoutes = DemoScenario.Carriers.Where(c => c.Route != DemoRoute.Mixed)
                .Sum(c => c.Share * result[c.Route][point.Code]);
            mixed[point.Code] = (point.Share - fromPinnedRoutes) / mixedShare;
            if (mixed[point.Code] < 0)
            {
                throw new InvalidOperationException($"The fixed routes send more parcels to '{point.Code}' than its share.");
            }
        }

        var routes = result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, double>)r.Value);
        routes[DemoRoute.Mixed] = mixed;
        return routes;
    }

    // The pinned points keep their share; the other points split the rest in proportion to their overall shares.
    private static Dictionary<string, double> WithRestProportional(Dictionary<string, double> pinned)
    {
        var rest = 1 - pinned.Values.Sum();
        var others = DemoScenario.Points.Where(p => !pinned.ContainsKey(p.Code)).ToList();
        var othersShare = others.Sum(p => p.Share);
        var shares = new Dictionary<string, double>(pinned, StringComparer.Ordinal);
        foreach (var point in others)
        {
            shares[point.Code] = rest * point.Share / othersShare;
        }

        return shares;
    }
}
