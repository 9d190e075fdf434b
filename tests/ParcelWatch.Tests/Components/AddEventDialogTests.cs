using Bunit;
using MudBlazor;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Tests.Components;

/// <summary>
/// The "what happened to the parcel?" dialog over the real parcel service: a refused event shows why under its own
/// field, keeps the dialog open and stores nothing; a fitting one is stored and closes the dialog with the report.
/// </summary>
public sealed class AddEventDialogTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task Saving_without_an_event_kind_is_refused_under_the_event_field()
    {
        var (owner, parcel) = await ParcelOfNewBuyerAsync();
        await using var dialog = await OpenAsync(owner, parcel);

        await SaveAsync(dialog, kind: null, date: null);

        await dialog.Provider.WaitForAssertionAsync(() =>
            Assert.Equal("This field is required.", dialog.Provider.ErrorUnder("Event")));
        Assert.Null(dialog.Provider.ErrorUnder("Date"));
        Assert.False(dialog.IsClosed);
        Assert.Equal(0, EventsOf(parcel));
    }

    [Fact]
    public async Task A_release_before_any_arrival_is_refused_with_the_rule_it_breaks()
    {
        var (owner, parcel) = await ParcelOfNewBuyerAsync();
        await using var dialog = await OpenAsync(owner, parcel);

        await SaveAsync(dialog, "Released by customs", "2017-04-20");

        await dialog.Provider.WaitForAssertionAsync(() =>
            Assert.Equal("First record that the parcel arrived at customs or was held there.", dialog.Provider.ErrorUnder("Event")));
        Assert.False(dialog.IsClosed);
        Assert.Equal(0, EventsOf(parcel));
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused_under_the_date()
    {
        var (owner, parcel) = await ParcelOfNewBuyerAsync();
        await using var dialog = await OpenAsync(owner, parcel);

        await SaveAsync(dialog, "Held by customs", DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        await dialog.Provider.WaitForAssertionAsync(() => Assert.Equal("The date cannot be in the future.", dialog.Provider.ErrorUnder("Date")));
        Assert.Null(dialog.Provider.ErrorUnder("Event"));
        Assert.Equal(0, EventsOf(parcel));
    }

    [Fact]
    public async Task A_fitting_event_is_stored_and_the_dialog_closes_with_the_updated_report()
    {
        var (owner, parcel) = await ParcelOfNewBuyerAsync();
        await using var dialog = await OpenAsync(owner, parcel);

        dialog.Provider.Control("Note (optional)").QuerySelector("textarea")!.Change("asked for a passport copy");
        await SaveAsync(dialog, "Held by customs", "2017-04-12");

        var result = await dialog.ResultAsync();
        var report = Assert.IsType<ParcelResponse>(result.Data);
        var stored = Assert.Single(report.Events);
        Assert.Equal((OutcomeEventKind.Held, new DateOnly(2017, 4, 12), "asked for a passport copy"), (stored.Kind, stored.OccurredOn, stored.Note));
        Assert.Equal((parcel, Outcome.Pending), (report.Id, report.Outcome));
        Assert.Equal(1, EventsOf(parcel));
    }

    [Fact]
    public async Task Someone_else_s_report_is_refused_as_not_theirs_not_as_changed_meanwhile()
    {
        var (_, parcel) = await ParcelOfNewBuyerAsync();
        var stranger = await AppUser.CreateAsync(factory);
        await using var dialog = await OpenAsync(stranger, parcel);

        await SaveAsync(dialog, "Held by customs", "2017-04-12");

        await dialog.Provider.WaitForAssertionAsync(() =>
            Assert.Equal("Only the buyer who logged this report can add its events.", dialog.Provider.ErrorUnder("Event")));
        Assert.False(dialog.IsClosed);
        Assert.Equal(0, EventsOf(parcel));
    }

    /// <summary>Picks the event kind and types the date when given (the date field starts at today), then presses Add.</summary>
    private static async Task SaveAsync(ShownDialog dialog, string? kind, string? date)
    {
        if (kind is not null)
        {
            await dialog.Provider.ChooseAsync(dialog.Popovers, "Event", kind);
        }

        if (date is not null)
        {
            dialog.Provider.Find("[data-testid=event-date]").Change(date);
        }

        dialog.Provider.Find("[data-testid=event-save]").Click();
    }

    private async Task<(AppUser Owner, int Parcel)> ParcelOfNewBuyerAsync()
    {
        var owner = await AppUser.CreateAsync(factory);
        return (owner, await ParcelApi.CreateAsync(owner.Client));
    }

    private Task<ShownDialog> OpenAsync(AppUser owner, int parcel) => ShownDialog.ShowAsync(factory, new DialogParameters<AddEventDialog>
    {
        { d => d.ParcelId, parcel },
        { d => d.Reader, new ParcelReader(owner.Id, IsModerator: false) },
    });

    private long EventsOf(int parcel) => factory.Database.Count($"SELECT COUNT(*) FROM \"OutcomeEvents\" WHERE \"ParcelReportId\" = {parcel}");
}
