using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Parcels;

namespace ParcelWatch.Tests.Components;

/// <summary>
/// The "Log a parcel" form over the real parcel service and a temporary database: what a buyer sees under each field
/// when the input is wrong, that nothing is stored then, and that a right form is stored and opened.
/// </summary>
public sealed class LogParcelTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string TrackingNumber = "Tracking number";
    private const string CustomsPoint = "Customs point";
    private const string Declaration = "Declaration text (CN22)";

    [Fact]
    public async Task An_empty_form_shows_a_message_under_each_required_field_and_saves_nothing()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var buyer = await AppUser.CreateAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var context = ComponentTestContext.Create(scope.ServiceProvider);
        context.SignIn(buyer);
        context.Render<MudPopoverProvider>();
        var page = context.Render<LogParcel>();
        var address = context.Services.GetRequiredService<NavigationManager>().Uri;

        page.Find("[data-testid=submit]").Click();

        await page.WaitForAssertionAsync(() => Assert.Equal("Enter the tracking number.", page.ErrorUnder(TrackingNumber)));
        Assert.Equal("Choose the customs point.", page.ErrorUnder(CustomsPoint));
        Assert.Equal("Copy the declaration text from the parcel's CN22 label.", page.ErrorUnder(Declaration));
        Assert.All(["Shop", "Order number", "What is inside", "Brand", "Model", "Declared value", "Currency", "Shipped on"],
            label => Assert.Null(page.ErrorUnder(label)));
        Assert.Equal(address, context.Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal(0, ReportsOf(buyer));
    }

    [Fact]
    public async Task A_mistyped_check_digit_is_hinted_while_typing_and_refused_on_the_tracking_number_alone()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var buyer = await AppUser.CreateAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var context = ComponentTestContext.Create(scope.ServiceProvider);
        context.SignIn(buyer);
        var popovers = context.Render<MudPopoverProvider>();
        var page = context.Render<LogParcel>();
        var valid = ParcelRequests.NewChinaPostNumber();
        var mistyped = valid[..10] + (char)('0' + ((valid[10] - '0' + 1) % 10)) + valid[11..];

        page.Find("[data-testid=tracking-number]").Input(mistyped);
        await page.ChooseAsync(popovers, CustomsPoint, "Moscow Vnukovo MMPO (Russian Post logistics centre)");
        page.Find("[data-testid=declaration]").Change("cell phone");

        Assert.StartsWith("UPU S10 number, but the check digit is wrong", page.Find("[data-testid=tracking-hint]").TextContent.Trim(), StringComparison.Ordinal);
        page.Find("[data-testid=submit]").Click();
        await page.WaitForAssertionAsync(() => Assert.Equal(
            "This looks like a UPU S10 number, but its check digit is wrong: check it for a typo.", page.ErrorUnder(TrackingNumber)));
        Assert.Null(page.ErrorUnder(CustomsPoint));
        Assert.Null(page.ErrorUnder(Declaration));
        Assert.Equal(0, ReportsOf(buyer));
    }

    [Fact]
    public async Task A_right_form_is_stored_as_typed_and_opens_the_new_report()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var buyer = await AppUser.CreateAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var context = ComponentTestContext.Create(scope.ServiceProvider);
        context.SignIn(buyer);
        var popovers = context.Render<MudPopoverProvider>();
        var page = context.Render<LogParcel>();
        var number = ParcelRequests.NewChinaPostNumber();

        page.Find("[data-testid=tracking-number]").Input(number.ToLowerInvariant());
        await page.ChooseAsync(popovers, CustomsPoint, "Moscow Vnukovo MMPO (Russian Post logistics centre)");
        page.Find("[data-testid=declaration]").Change("android phone");
        page.Find("[data-testid=submit]").Click();

        var navigation = context.Services.GetRequiredService<NavigationManager>();
        await page.WaitForAssertionAsync(() => Assert.Matches(@"/parcels/\d+$", navigation.Uri));
        var id = int.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        Assert.Equal(1, ReportsOf(buyer));
        Assert.Equal(1, factory.Database.Count(
            $"SELECT COUNT(*) FROM \"ParcelReports\" p JOIN \"CustomsPoints\" c ON c.\"Id\" = p.\"CustomsPointId\" WHERE p.\"Id\" = {id} "
            + $"AND p.\"TrackingNumber\" = '{number}' AND c.\"Code\" = 'vnukovo' AND p.\"DeclarationText\" = 'android phone' AND p.\"CarrierCode\" = 'CN'"));
    }

    private long ReportsOf(AppUser user) =>
        factory.Database.Count($"SELECT COUNT(*) FROM \"ParcelReports\" WHERE \"ReporterId\" = '{user.Id}'");
}
