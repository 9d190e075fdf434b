using Bunit;
using Microsoft.AspNetCore.Identity;
using ParcelWatch.Web.Features.Account.Shared;

namespace ParcelWatch.Tests.Components;

public sealed class AccountErrorsTests
{
    [Fact]
    public async Task Renders_nothing_without_errors()
    {
        await using var context = ComponentTestContext.Create();

        var component = context.Render<AccountErrors>(parameters => parameters.Add(p => p.Errors, []));

        Assert.Empty(component.Markup.Trim());
    }

    [Fact]
    public async Task Renders_every_error_in_one_alert()
    {
        await using var context = ComponentTestContext.Create();
        IdentityError[] errors = [new() { Code = "A", Description = "First problem" }, new() { Code = "B", Description = "Second problem" }];

        var component = context.Render<AccountErrors>(parameters => parameters.Add(p => p.Errors, errors));

        var alert = component.Find("[role=alert]");
        Assert.Contains("First problem", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second problem", alert.TextContent, StringComparison.Ordinal);
    }
}
