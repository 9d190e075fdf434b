using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ParcelWatch.Tests.Components;

/// <summary>bUnit with what every ParcelWatch component expects: MudBlazor services and the string table.</summary>
public static class ComponentTestContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        return context;
    }
}
