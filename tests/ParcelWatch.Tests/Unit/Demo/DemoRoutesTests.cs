using ParcelWatch.Web.Cli.Demo;

namespace ParcelWatch.Tests.Unit.Demo;

public sealed class DemoRoutesTests
{
    [Theory]
    [InlineData(DemoRoute.Mixed)]
    [InlineData(DemoRoute.SingaporeHub)]
    [InlineData(DemoRoute.FinlandStrict)]
    [InlineData(DemoRoute.EuropeMoscow)]
    public void Every_route_sends_each_parcel_somewhere(DemoRoute route)
    {
        var shares = DemoRoutes.PointSharesOf(route);

        Assert.Equal(1, shares.Values.Sum(), 9);
        Assert.All(shares.Values, share => Assert.True(share >= 0));
    }

    [Fact]
    public void Over_all_carriers_the_points_get_exactly_their_shares()
    {
        foreach (var point in DemoScenario.Points)
        {
            var share = DemoScenario.Carriers.Sum(c => c.Share * DemoRoutes.PointSharesOf(c.Route)[point.Code]);
            Assert.Equal(point.Share, share, 9);
        }
    }

    [Fact]
    public void The_scenario_shares_add_up_to_one()
    {
        Assert.Equal(1, DemoScenario.Points.Sum(p => p.Share), 9);
        Assert.Equal(1, DemoScenario.Carriers.Sum(c => c.Share), 9);
        Assert.Equal(1, DemoProductCatalog.Products.Total, 9);
    }

    [Fact]
    public void Singapore_post_keeps_its_fixed_route()
    {
        var shares = DemoRoutes.PointSharesOf(DemoRoute.SingaporeHub);

        Assert.Equal(0.75, shares["vnukovo"], 9);
        Assert.Equal(0.15, shares["sheremetyevo"], 9);
    }
}
