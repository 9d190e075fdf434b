using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Components.Layout;

namespace ParcelWatch.Tests.Components;

public sealed class LanguageSwitchTests
{
    [Theory]
    [InlineData("ru", "en", "English")]
    [InlineData("en", "ru", "Русский")]
    public async Task Offers_the_other_language_by_its_own_name_and_returns_to_this_page(string current, string other, string name)
    {
        using var _ = new CultureScope(current);
        await using var context = ComponentTestContext.Create();
        context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/Account/Login?x=1");

        var link = context.Render<LanguageSwitch>().Find("a");

        Assert.Equal(name, link.TextContent.Trim());
        Assert.Equal(other, link.GetAttribute("lang"));
        Assert.Equal($"culture?set={other}&returnUrl=%2FAccount%2FLogin%3Fx%3D1", link.GetAttribute("href"));
        Assert.Equal("_top", link.GetAttribute("target"));
    }
}
