using System.Net.Http.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Anonymous readers get kept pages and API answers (stale-while-revalidate): after a write the next reader still gets
/// the previous answer, and a later one the fresh answer; signed-in readers, other languages and themes get their own.
/// </summary>
public sealed class ReaderCacheTests(ReaderCacheTests.Factory factory) : IClassFixture<ReaderCacheTests.Factory>
{
    /// <summary>
    /// A long stale window, so that "the next reader gets the previous answer" does not depend on timing (a refresh
    /// waits a quarter of it, 2 s, after the previous one).
    /// </summary>
    public sealed class Factory : ParcelWatchFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Stats:StaleSeconds"] = "8" };
    }

    [Theory]
    [InlineData("/api/v1/stats/points")]
    [InlineData("/stats")]
    [InlineData("/")]
    public async Task After_a_write_the_next_reader_gets_the_kept_answer_and_a_later_one_the_fresh_answer(string path)
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        (await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg())).EnsureSuccessStatusCode();
        var reader = factory.CreateClient();
        var before = await SettledAsync(reader, path);

        (await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg())).EnsureSuccessStatusCode();

        Assert.Equal(before, await ReadAsync(reader, path)); // stale, served at once; its request refreshes after answering
        await Eventually(async () => await ReadAsync(reader, path) != before, "the new report never showed");
    }

    [Fact]
    public async Task A_signed_in_reader_gets_their_own_page_and_anonymous_readers_never_see_it()
    {
        var anonymous = factory.CreateClient();
        var kept = await ReadAsync(anonymous, "/stats");
        var signedIn = factory.CreateClient();
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(signedIn, email)).EnsureSuccessStatusCode();
        (await AuthApi.LoginAsync(signedIn, email, useCookies: true)).EnsureSuccessStatusCode();

        var own = await ReadAsync(signedIn, "/stats");
        var anonymousAfter = await ReadAsync(anonymous, "/stats");

        Assert.Contains(email, own, StringComparison.Ordinal);
        Assert.Contains("Account/Logout", own, StringComparison.Ordinal);
        Assert.DoesNotContain(email, anonymousAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", anonymousAfter, StringComparison.Ordinal);
        Assert.Equal(kept, anonymousAfter);
    }

    [Fact]
    public async Task Each_language_and_theme_gets_its_own_kept_page()
    {
        var english = await ReadAsync(factory.CreateClient(), "/stats", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var russian = await ReadAsync(factory.CreateClient(), "/stats", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");
        var dark = await ReadAsync(factory.CreateClient(), "/stats", ".AspNetCore.Culture=c%3Den%7Cuic%3Den; ParcelWatch.Theme=dark");
        var englishAgain = await ReadAsync(factory.CreateClient(), "/stats", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ru\"", russian, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", dark, StringComparison.Ordinal);
        Assert.Contains("Switch to light theme", dark, StringComparison.Ordinal);
        Assert.Contains("Switch to dark theme", english, StringComparison.Ordinal);
        Assert.Equal(english, englishAgain);
    }

    private static async Task<string> ReadAsync(HttpClient client, string path, string? cookies = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads until two answers in a row agree: a refresh started by an earlier write has landed.</summary>
    private static async Task<string> SettledAsync(HttpClient client, string path)
    {
        var previous = await ReadAsync(client, path);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var current = await ReadAsync(client, path);
            if (current == previous)
            {
                return current;
            }

            previous = current;
        }

        throw new Xunit.Sdk.XunitException($"{path} never settled");
    }

    private static async Task Eventually(Func<Task<bool>> condition, string message)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(message);
    }
}
