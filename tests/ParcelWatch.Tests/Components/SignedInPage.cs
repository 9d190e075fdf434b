using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Components;

/// <summary>Renders a page for a new user, registered through the API (with <c>role</c>, if given).</summary>
public static class SignedInPage
{
    public static async Task<SignedInPage<TPage>> RenderAsync<TPage>(ParcelWatchFactory factory, string? role = null)
        where TPage : IComponent =>
        new(factory, await AppUser.CreateAsync(factory, role));
}

/// <summary>
/// A page rendered for a signed-in user over a scope of the running app (English texts), with the popover provider its
/// selects open into, and the navigation it asked for.
/// </summary>
public sealed class SignedInPage<TPage> : IAsyncDisposable
    where TPage : IComponent
{
    private readonly AsyncServiceScope _scope;

    internal SignedInPage(ParcelWatchFactory factory, AppUser user)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        User = user;
        _scope = factory.Services.CreateAsyncScope();
        Context = ComponentTestContext.Create(_scope.ServiceProvider);
        Context.SignIn(user);
        Popovers = Context.Render<MudPopoverProvider>();
        Page = Context.Render<TPage>();
    }

    public AppUser User { get; }

    public BunitContext Context { get; }

    public IRenderedComponent<MudPopoverProvider> Popovers { get; }

    public IRenderedComponent<TPage> Page { get; }

    /// <summary>Where the page navigated to (bUnit's navigation manager: no router renders the target).</summary>
    public string Uri => Context.Services.GetRequiredService<NavigationManager>().Uri;

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
