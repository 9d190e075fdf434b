using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ParcelWatch.Tests.Components;

/// <summary>
/// Reads and fills MudBlazor form fields the way a person finds them: by their visible label. A select is opened with
/// a press on its control and its item picked from the popover, as in the browser.
/// </summary>
public static class MudForms
{
    /// <summary>The input control (input, label, helper or error text) whose label reads <paramref name="label"/>.</summary>
    public static IElement Control<TComponent>(this IRenderedComponent<TComponent> rendered, string label)
        where TComponent : IComponent =>
        Assert.Single(rendered.FindAll(".mud-input-control"), c => c.QuerySelector(":scope > .mud-input-control-input-container > label")?.TextContent.Trim() == label);

    /// <summary>The error shown under the field labelled <paramref name="label"/>, or null when it shows none.</summary>
    public static string? ErrorUnder<TComponent>(this IRenderedComponent<TComponent> rendered, string label)
        where TComponent : IComponent
    {
        var control = rendered.Control(label);
        return control.ClassList.Contains("mud-input-error")
            ? control.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim()
            : null;
    }

    /// <summary>
    /// Opens the select labelled <paramref name="label"/> and clicks its item <paramref name="item"/>, once the popover
    /// shows it (the select opens asynchronously), and returns when the select has closed with its new value.
    /// </summary>
    public static async Task ChooseAsync<TComponent>(this IRenderedComponent<TComponent> rendered, IRenderedComponent<MudPopoverProvider> popovers, string label, string item)
        where TComponent : IComponent
    {
        rendered.Control(label).MouseDown();
        IElement? found = null;
        await popovers.WaitForAssertionAsync(() =>
            found = Assert.Single(popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == item));
        found!.Click();
        await popovers.WaitForAssertionAsync(() => Assert.Empty(popovers.FindAll(".mud-popover-open .mud-list-item")));
    }
}
