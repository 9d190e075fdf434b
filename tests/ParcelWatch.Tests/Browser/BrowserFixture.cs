using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Browser;

/// <summary>One app on a real Kestrel port and one headless Debian Chromium for the whole browser collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    /// <summary>Headless Debian Chromium as every browser test runs it (also for tests that start their own apps).</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ChromiumArgs,
    };

    public ParcelWatchFactory App { get; } = new();

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        BaseUrl = App.StartOnKestrel();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(LaunchOptions);
    }

    /// <summary>A fresh browser context (own cookies) with the given language and theme.</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "en-US", bool darkTheme = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        if (darkTheme)
        {
            await context.AddCookiesAsync([new Cookie { Name = "ParcelWatch.Theme", Value = "dark", Url = BaseUrl.ToString() }]);
        }

        return context;
    }

    /// <summary>Registers a new user with the role and signs the browser context in with the sign-in cookie; returns the email.</summary>
    public Task<string> SignInAsync(IBrowserContext context, string role) =>
        context.SignInNewUserAsync(async email =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role)).Succeeded);
        });

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
