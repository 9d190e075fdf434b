using ParcelWatch.Web.Infrastructure;

namespace ParcelWatch.Tests.Unit;

public sealed class HostArgumentsTests
{
    [Fact]
    public void The_server_keeps_watching_its_configuration() =>
        Assert.Equal(["--urls", "http://127.0.0.1:5080"], ParcelWatchApplication.HostArguments(["--urls", "http://127.0.0.1:5080"]));

    [Fact]
    public void A_verb_does_not_watch_configuration_files() =>
        Assert.Equal(
            ["--hostBuilder:reloadConfigOnChange=false", "seed-demo", "--reports", "10"],
            ParcelWatchApplication.HostArguments(["seed-demo", "--reports", "10"]));
}
