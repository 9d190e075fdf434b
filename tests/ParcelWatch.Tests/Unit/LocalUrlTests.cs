using ParcelWatch.Web.Infrastructure.Web;

namespace ParcelWatch.Tests.Unit;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/Account/Manage", "/Account/Manage")]
    [InlineData("Account/Manage?x=1", "/Account/Manage?x=1")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/\\evil.example/", "/")]
    public void Only_app_relative_paths_survive(string? input, string expected) =>
        Assert.Equal(expected, LocalUrl.OrRoot(input));
}
