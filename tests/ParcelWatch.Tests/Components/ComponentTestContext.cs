using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ParcelWatch.Tests.Components;

/// <summary>bUnit with what every ParcelWatch component expects: MudBlazor services and the string table.</summary>
public static class ComponentTestContext
{
    /// <summary>
    /// Not a timing assertion: how long a wait (for a dialog's result, or bUnit's <c>WaitFor…</c> on markup that a real
    /// database query fills) goes on before a hang is called a failure. bUnit's own default (one second) flaked on a
    /// busy 2-core machine when the first dry run of an import met a cold PostgreSQL database.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static BunitContext Create()
    {
        BunitContext.DefaultWaitTimeout = HangGuard;
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        return context;
    }

    /// <summary>
    /// As <see cref="Create()"/>, with the real app's services behind bUnit's own: a component's services (the parcel
    /// service, the import jobs, the customs points…) come from <paramref name="app"/>, a scope of a running
    /// <c>ParcelWatchFactory</c> on its temporary database; bUnit keeps its renderer, navigation, JS and authentication.
    /// </summary>
    public static BunitContext Create(IServiceProvider app)
    {
        var context = Create();
        context.Services.AddFallbackServiceProvider(app);
        return context;
    }

    /// <summary>Makes <paramref name="user"/> the signed-in user of the rendered components.</summary>
    public static void SignIn(this BunitContext context, AppUser user)
    {
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(user.Email);
        Claim[] identity = [new(ClaimTypes.NameIdentifier, user.Id)];
        authorization.SetClaims(user.Role is { } role ? [.. identity, new Claim(ClaimTypes.Role, role)] : identity);
    }
}
