using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Import;

namespace ParcelWatch.Tests.Components;

/// <summary>
/// The Import page's column mapping over the real import jobs and a temporary database: a sheet is uploaded through
/// the page's file input, then the check step (the page at <c>/import/{job}</c>) shows each field's column; a column
/// the app did not recognise is not imported until a person maps it, a required field left without a column turns
/// every row into a refused one, and the import stores what the mapping said.
/// </summary>
public sealed class ImportMappingTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const string NotImported = "(not imported)";

    [Fact]
    public async Task A_column_the_app_did_not_recognise_fills_a_field_once_mapped_and_the_import_stores_it()
    {
        var (first, second) = (ImportApi.TrackingNumber(Serial()), ImportApi.TrackingNumber(Serial()));
        await using var check = await UploadAsync(Sheet(first, second));

        Assert.Equal(["", ""], check.PreviewColumn("Model"));
        await check.Page.ChooseAsync(check.Popovers, "Model", "6. Handset");
        await check.Page.WaitForAssertionAsync(() => Assert.Equal(["Redmi 4X", "Mi 6"], check.PreviewColumn("Model")));
        Assert.Equal(["Xiaomi", "Xiaomi"], check.PreviewColumn("Brand"));

        check.Page.FindAll("button").Single(b => b.TextContent.Trim() == "Start the import").Click();
        await check.Page.WaitForElementAsync("[data-testid=import-progress]");
        var job = await ImportApi.WaitAsync(check.Volunteer.Client, check.JobId.ToString());

        Assert.Equal(("Completed", 2), (job.GetProperty("state").GetString(), job.GetProperty("rowsInserted").GetInt32()));
        Assert.Equal(1, factory.Database.Count($"SELECT COUNT(*) FROM \"ParcelReports\" WHERE \"TrackingNumber\" = '{first}' AND \"Model\" = 'Redmi 4X'"));
        Assert.Equal(1, factory.Database.Count($"SELECT COUNT(*) FROM \"ParcelReports\" WHERE \"TrackingNumber\" = '{second}' AND \"Model\" = 'Mi 6'"));
        Assert.Equal(0, factory.Database.Count(
            $"SELECT COUNT(*) FROM \"ParcelReports\" WHERE \"TrackingNumber\" IN ('{first}', '{second}') AND \"DeclarationText\" LIKE '%club%'"));
    }

    [Fact]
    public async Task A_required_field_left_without_a_column_refuses_every_row_until_it_is_mapped_again()
    {
        await using var check = await UploadAsync(Sheet(ImportApi.TrackingNumber(Serial()), ImportApi.TrackingNumber(Serial())));
        await check.Page.WaitForAssertionAsync(() => Assert.Equal(
            "2 rows: 2 will be imported, 0 already reported, 0 will not be imported.", check.Page.Find("[data-testid=import-counts]").TextContent.Trim()));

        await check.Page.ChooseAsync(check.Popovers, "Declaration text (CN22)", NotImported);

        await check.Page.WaitForAssertionAsync(() => Assert.Equal(
            "2 rows: 0 will be imported, 0 already reported, 2 will not be imported.", check.Page.Find("[data-testid=import-counts]").TextContent.Trim()));
        var reason = Assert.Single(check.Page.FindAll("[data-testid=import-reasons] tbody tr"));
        Assert.Equal(["Declaration text (CN22): Copy the declaration text from the parcel's CN22 label.", "2", "2"], reason.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));

        await check.Page.ChooseAsync(check.Popovers, "Declaration text (CN22)", "4. Declaration");

        await check.Page.WaitForAssertionAsync(() => Assert.Equal(
            "2 rows: 2 will be imported, 0 already reported, 0 will not be imported.", check.Page.Find("[data-testid=import-counts]").TextContent.Trim()));
        Assert.Empty(check.Page.FindAll("[data-testid=import-reasons]"));
    }

    private static int Serial() => Random.Shared.Next(10_000_000, 99_999_999);

    /// <summary>A club's sheet: the model under a header the app does not know ("Handset"), and a comment column.</summary>
    private static byte[] Sheet(string first, string second) => Encoding.UTF8.GetBytes(
        "Shop,Tracking number,Customs point,Declaration,Brand,Handset,Comment\n"
        + $"AliExpress,{first},orenburg,cell phone,Xiaomi,Redmi 4X,club order May\n"
        + $"AliExpress,{second},vnukovo,android phone,Xiaomi,Mi 6,club order June\n");

    private async Task<ImportCheckStep> UploadAsync(byte[] sheet)
    {
        var upload = await SignedInPage.RenderAsync<Import>(factory, Roles.Volunteer);
        upload.Page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(sheet, "club-sheet.csv"));
        await upload.Page.WaitForAssertionAsync(() => Assert.Matches("/import/[0-9a-f-]{36}$", upload.Uri));
        var jobId = Guid.Parse(upload.Uri[^36..], CultureInfo.InvariantCulture);

        // What the router does on that navigation: the same page with the job's id.
        var page = upload.Context.Render<Import>(parameters => parameters.Add(p => p.JobId, jobId));
        await page.WaitForElementAsync("[data-testid=import-preview]");
        return new ImportCheckStep(upload, page, jobId);
    }

    private sealed record ImportCheckStep(SignedInPage<Import> Upload, IRenderedComponent<Import> Page, Guid JobId) : IAsyncDisposable
    {
        public IRenderedComponent<MudPopoverProvider> Popovers => Upload.Popovers;

        public AppUser Volunteer => Upload.User;

        /// <summary>The cells of the preview table's column headed <paramref name="header"/>, first row first.</summary>
        public List<string> PreviewColumn(string header)
        {
            var table = Page.Find("[data-testid=import-preview]");
            var index = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList().IndexOf(header);
            Assert.True(index >= 0, $"no column {header}");
            return table.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td")[index].TextContent.Trim()).ToList();
        }

        public ValueTask DisposeAsync() => Upload.DisposeAsync();
    }
}
