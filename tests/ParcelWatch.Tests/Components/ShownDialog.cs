using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Components;

/// <summary>
/// A dialog shown by MudBlazor's real dialog service, as a page shows it, over a scope of the running app (English
/// texts): its markup lives in <see cref="Provider"/>, its selects' items in <see cref="Popovers"/>, and
/// <see cref="ResultAsync"/> is what it closed with.
/// </summary>
public sealed class ShownDialog : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly BunitContext _context;
    private IDialogReference _reference = default!;

    private ShownDialog(ParcelWatchFactory factory)
    {
        _scope = factory.Services.CreateAsyncScope();
        _context = ComponentTestContext.Create(_scope.ServiceProvider);
        Popovers = _context.Render<MudPopoverProvider>();
        Provider = _context.Render<MudDialogProvider>();
    }

    public IRenderedComponent<MudDialogProvider> Provider { get; }

    public IRenderedComponent<MudPopoverProvider> Popovers { get; }

    public static async Task<ShownDialog> ShowAsync<TDialog>(ParcelWatchFactory factory, DialogParameters<TDialog> parameters)
        where TDialog : IComponent
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var dialog = new ShownDialog(factory);
        dialog._reference = await dialog.Provider.InvokeAsync(() =>
            dialog._context.Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>("Dialog", parameters));
        return dialog;
    }

    /// <summary>Whether the dialog has closed (with a result or cancelled).</summary>
    public bool IsClosed => _reference.Result.IsCompleted;

    public async Task<DialogResult> ResultAsync() => (await _reference.Result.WaitAsync(ComponentTestContext.HangGuard))!;

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
