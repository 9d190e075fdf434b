using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ParcelWatch.Tests.Browser;

/// <summary>A buyer finds their data download, is refused deletion with a wrong password, then deletes the account.</summary>
[Collection(BrowserTests.Name)]
public sealed class PersonalDataJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Buyer_downloads_their_data_and_deletes_the_account_with_their_password()
    {
        await using var context = await browser.NewContextAsync();
        var email = await context.SignInNewUserAsync();
        var page = await context.NewPageAsync();
        await page.GotoReadyAsync("/Account/Manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your data" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Manage/PersonalData");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-data").ClickAsync());
        Assert.Contains(email, await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);

        await page.GetByLabel("Current password").FillAsync("not my passphrase at all");
        await page.GetByTestId("delete-account").ClickAsync();
        await Expect(page.GetByText("The password is not right.")).ToBeVisibleAsync();

        await page.GetByLabel("Current password").FillAsync(Support.ParcelWatchFactory.Password);
        await page.GetByTestId("delete-account").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GotoReadyAsync("/Account/Manage");
        await page.WaitForURLAsync("**/Account/Login**"); // signed out: the account is gone
    }
}
