using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Demo;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Static pages (ADR-013) link <c>wwwroot/css/mudblazor-reading.css</c>, the rules of MudBlazor's stylesheet they can use,
/// instead of all 627 KB of it, which a phone must fetch and parse before it paints (issue 18, docs/benchmarks.md).
/// Interactive pages link the whole sheet as well. The cut is made from the pages themselves: every static page, in both
/// languages and themes, empty and with reports, with the demo-data notice, signed in and out, with a form's errors
/// shown, plus the classes their script adds (<c>static-page.js</c>; MudBlazor's script waits for a circuit, which static
/// pages never start). When a page starts using a class the cut lacks, this test fails and says how to redo it.
/// </summary>
public sealed partial class ReadingStylesheetTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    public const string RewriteVariable = "PARCELWATCH_WRITE_READING_CSS";

    private static readonly string[] AnonymousPages =
    [
        "/", "/stats", "/stats?brand=Xiaomi&carrier=ChinaPost", "/stats/points/orenburg", "/stats/points/atlantis", "/stats/declarations",
        "/check", "/check?brand=Xiaomi&category=Phone&wordingClass=Phone", "/refund-guide", "/Account/Login", "/Account/Register",
        "/Account/ForgotPassword", "/Account/ForgotPasswordConfirmation", "/Account/ResendEmailConfirmation", "/Account/ResetPassword?code=x",
        "/Account/ResetPasswordConfirmation", "/Account/InvalidPasswordReset", "/Account/Lockout", "/Account/RegisterConfirmation",
    ];

    private static readonly string[] SignedInPages = ["/", "/stats", "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/Manage/PersonalData", "/Account/AccessDenied"];

    private static readonly string[] Cookies =
    [
        ".AspNetCore.Culture=c%3Den%7Cuic%3Den", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru",
        ".AspNetCore.Culture=c%3Den%7Cuic%3Den; ParcelWatch.Theme=dark", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru; ParcelWatch.Theme=dark",
    ];

    private static string CommittedPath => Path.Combine(RepositoryPaths.WebProject, "wwwroot", "css", "mudblazor-reading.css");

    [Fact]
    public async Task The_reading_stylesheet_holds_every_rule_the_static_pages_can_use()
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var anonymous = factory.CreateClient();
        await CollectAsync(anonymous, AnonymousPages, classes);
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var id = await ParcelApi.CreateAsync(buyer);
        await ParcelApi.AddEventAsync(buyer, id, "Held", "2017-04-10");
        await ParcelApi.AddEventAsync(buyer, id, "Returned", "2017-04-24");
        await ParcelApi.CreateAsync(buyer, ParcelRequests.RedmiToOrenburg() with { CustomsPointCode = "vnukovo" });
        await CollectAsync(anonymous, AnonymousPages, classes);
        await ReportAsDemoUserAsync(); // every page then carries the demo-data notice
        await CollectAsync(anonymous, AnonymousPages, classes);
        await CollectAsync(await SignedInCookieClientAsync(), SignedInPages, classes);
        await CollectFailedLoginAsync(classes);
        // Classes the script of static pages adds: the drawer's.
        classes.UnionWith(ClassLiteral().Matches(await anonymous.GetStringAsync("/js/static-page.js")).Select(m => m.Value));

        var full = await anonymous.GetStringAsync("/_content/MudBlazor/MudBlazor.min.css");
        var needed = CssSubset.Keep(full, classes);
        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, Header(full) + needed);
        }

        var committed = CssSubset.Rules(await File.ReadAllTextAsync(CommittedPath)).ToHashSet(StringComparer.Ordinal);
        var missing = CssSubset.Rules(needed).Where(rule => !committed.Contains(rule)).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} rules the static pages can use are not in {CommittedPath}, e.g. {string.Join("  ", missing.Take(5))}. " +
            $"Rewrite it: {RewriteVariable}=1 dotnet test tests/ParcelWatch.Tests -c Release --filter ReadingStylesheetTests");
        Assert.True(needed.Length < full.Length / 10, $"the cut is {needed.Length} of {full.Length} characters: a page links something unexpected");
    }

    [Fact]
    public async Task Static_pages_link_the_cut_and_interactive_pages_the_whole_sheet_too()
    {
        var statsPage = await factory.CreateClient().GetStringAsync("/stats");
        var client = await SignedInCookieClientAsync();
        var interactivePage = await client.GetStringAsync("/parcels/new");

        Assert.Matches("css/mudblazor-reading\\.[a-z0-9]+\\.css", statsPage);
        Assert.DoesNotContain("MudBlazor.min.", Stylesheets(statsPage), StringComparison.Ordinal);
        Assert.Matches("css/mudblazor-reading\\.[a-z0-9]+\\.css", interactivePage);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.", Stylesheets(interactivePage), StringComparison.Ordinal);
    }

    private static async Task CollectAsync(HttpClient client, IEnumerable<string> paths, HashSet<string> classes)
    {
        foreach (var path in paths)
        {
            foreach (var cookie in Cookies)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", cookie);
                var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
                Assert.False(Stylesheets(html).Contains("MudBlazor.min.", StringComparison.Ordinal), $"{path} links the whole sheet: it is not a static page");
                AddClasses(html, classes);
            }
        }
    }

    // A sign-in with a malformed e-mail and no password shows the form's error states.
    private async Task CollectFailedLoginAsync(HashSet<string> classes)
    {
        var client = factory.CreateClient();
        var form = await client.GetStringAsync("/Account/Login");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = "",
        };
        var html = await (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("validation-message", html, StringComparison.Ordinal);
        AddClasses(html, classes);
    }

    private async Task ReportAsDemoUserAsync()
    {
        var email = DemoData.UserEmail(0);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.CreateAsync(new ApplicationUser { UserName = email, Email = email }, ParcelWatchFactory.Password)).Succeeded);
        }

        var client = factory.CreateClient();
        await AuthApi.SignInWithBearerAsync(client, email);
        await ParcelApi.CreateAsync(client);
    }

    private async Task<HttpClient> SignedInCookieClientAsync()
    {
        var client = factory.CreateClient();
        await AuthApi.SignInWithCookiesAsync(client);
        return client;
    }

    private static void AddClasses(string html, HashSet<string> classes) =>
        classes.UnionWith(ClassAttribute().Matches(html).SelectMany(m => m.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private static string Stylesheets(string html) => string.Join(' ', StylesheetLink().Matches(html).Select(m => m.Value));

    private static string Header(string full) =>
        full[..(full.IndexOf("*/", StringComparison.Ordinal) + 2)].TrimStart('\uFEFF') +
        $"\n/* The rules of MudBlazor.min.css that ParcelWatch's static pages use, cut by tests/ParcelWatch.Tests/Integration/ReadingStylesheetTests.cs\n   ({RewriteVariable}=1 rewrites it); do not edit by hand. */\n";

    [GeneratedRegex("class=\"(?<names>[^\"]*)\"")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex("<link rel=\"stylesheet\"[^>]*>")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("mud-[a-z0-9-]+")]
    private static partial Regex ClassLiteral();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
