using ParcelWatch.Web.Cli.Demo;

namespace ParcelWatch.Tests.Unit.Demo;

public sealed class SeedDemoOptionsTests
{
    [Fact]
    public void No_arguments_mean_3000_reports_of_the_fixed_seed()
    {
        Assert.True(SeedDemoOptions.TryParse([], out var options, out _));
        Assert.Equal(new SeedDemoOptions(3000, DemoScenario.DefaultSeed, false), options);
    }

    [Theory]
    [InlineData(new[] { "--reports", "1000000", "--seed", "7", "--append" }, 1_000_000, 7, true)]
    [InlineData(new[] { "--reports=25", "--seed=0" }, 25, 0, false)]
    [InlineData(new[] { "--append", "--reports", "10000000" }, 10_000_000, DemoScenario.DefaultSeed, true)]
    public void Arguments_are_read(string[] arguments, int reports, int seed, bool append)
    {
        Assert.True(SeedDemoOptions.TryParse(arguments, out var options, out var error), error);
        Assert.Equal(new SeedDemoOptions(reports, seed, append), options);
    }

    [Theory]
    [InlineData(new[] { "--reports", "0" }, "between 1 and 10,000,000")]
    [InlineData(new[] { "--reports", "10000001" }, "between 1 and 10,000,000")]
    [InlineData(new[] { "--reports", "-5" }, "needs a whole number")]
    [InlineData(new[] { "--reports" }, "needs a whole number")]
    [InlineData(new[] { "--seed", "x" }, "needs a whole number")]
    [InlineData(new[] { "--force" }, "Unknown argument '--force'")]
    [InlineData(new[] { "1000" }, "Unknown argument '1000'")]
    [InlineData(new[] { "--append=yes" }, "Unknown argument '--append=yes'")]
    public void Wrong_arguments_are_refused_with_the_reason(string[] arguments, string reason)
    {
        Assert.False(SeedDemoOptions.TryParse(arguments, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
