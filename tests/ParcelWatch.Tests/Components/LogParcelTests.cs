using System.Globalization;
using Bunit;
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
    private const string Vnukovo = "Moscow Vnukovo MMPO (Russian Post logistics centre)";

    [Fact]
    public async Task An_empty_form_shows_a_message_under_each_required_field_and_saves_nothing()
    {
        await using var form = await SignedInPage.RenderAsync<LogParcel>(factory);
        var page = form.Page;
        var address = form.Uri;

        page.Find("[data-testid=submit]").Click();

        await page.WaitForAssertionAsync(() => Assert.Equal("Enter the tracking number.", page.ErrorUnder(TrackingNumber)));
        Assert.Equal("Choose the customs point.", page.ErrorUnder(CustomsPoint));
        Assert.Equal("Copy the declaration text from the parcel's CN22 label.", page.ErrorUnder(Declaration));
        Assert.All(["Shop", "Order number", "What is inside", "Brand", "Model", "Declared value", "Currency", "Shipped on"],
            label => Assert.Null(page.ErrorUnder(label)));
        Assert.Equal(address, form.Uri);
        Assert.Equal(0, ReportsOf(form.User));
    }

    [Fact]
    public async Task A_mistyped_check_digit_is_hinted_while_typing_and_refused_on_the_tracking_number_alone()
    {
        await using var form = await SignedInPage.RenderAsync<LogParcel>(factory);
        var page = form.Page;
        var valid = ParcelRequests.NewChinaPostNumber();
        var mistyped = valid[..10] + (char)('0' + ((valid[10] - '0' + 1) % 10)) + valid[11..];

        await FillAsync(form, mistyped, Vnukovo, "cell phone");

        Assert.StartsWith("UPU S10 number, but the check digit is wrong", page.Find("[data-testid=tracking-hint]").TextContent.Trim(), StringComparison.Ordinal);
        page.Find("[data-testid=submit]").Click();
        await page.WaitForAssertionAsync(() => Assert.Equal(
            "This looks like a UPU S10 number, but its check digit is wrong: check it for a typo.", page.ErrorUnder(TrackingNumber)));
        Assert.Null(page.ErrorUnder(CustomsPoint));
        Assert.Null(page.ErrorUnder(Declaration));
        Assert.Equal(0, ReportsOf(form.User));
    }

    [Fact]
    public async Task A_right_form_is_stored_as_typed_and_opens_the_new_report()
    {
        await using var form = await SignedInPage.RenderAsync<LogParcel>(factory);
        var page = form.Page;
        var number = ParcelRequests.NewChinaPostNumber();

        await FillAsync(form, number.ToLowerInvariant(), Vnukovo, "android phone");
        page.Find("[data-testid=submit]").Click();

        await page.WaitForAssertionAsync(() => Assert.Matches(@"/parcels/\d+$", form.Uri));
        var id = int.Parse(form.Uri[(form.Uri.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        Assert.Equal(1, ReportsOf(form.User));
        Assert.Equal(1, factory.Database.Count(
            $"SELECT COUNT(*) FROM \"ParcelReports\" p JOIN \"CustomsPoints\" c ON c.\"Id\" = p.\"CustomsPointId\" WHERE p.\"Id\" = {id} "
            + $"AND p.\"TrackingNumber\" = '{number}' AND c.\"Code\" = 'vnukovo' AND p.\"DeclarationText\" = 'android phone' AND p.\"CarrierCode\" = 'CN'"));
    }

    /// <summary>Types the tracking number (as typed, so the hint follows), picks the point and types the declaration.</summary>
    private static async Task FillAsync(SignedInPage<LogParcel> form, string trackingNumber, string point, string declaration)
    {
        form.Page.Find("[data-testid=tracking-number]").Input(trackingNumber);
        await form.Page.ChooseAsync(form.Popovers, CustomsPoint, point);
        form.Page.Find("[data-testid=declaration]").Change(declaration);
    }

    private long ReportsOf(AppUser user) =>
        factory.Database.Count($"SELECT COUNT(*) FROM \"ParcelReports\" WHERE \"ReporterId\" = '{user.Id}'");
}
