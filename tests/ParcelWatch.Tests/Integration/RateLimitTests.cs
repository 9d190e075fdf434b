using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// The app with small rate limits, where a test names the client's IP address in a header (the test server has no
/// real connection; the app itself never reads that header).
/// </summary>
public sealed class SmallRateLimitsFactory : ParcelWatchFactory
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:AccountPostsPerIpPerMinute"] = "6",
        ["RateLimits:SignInsPerAccountPerMinute"] = "3",
        ["RateLimits:ReportsPerUserPerMinute"] = "2",
        ["RateLimits:ExportsPerIpPerMinute"] = "2",
        ["RateLimits:HistoryParsesPerUserPerMinute"] = "2",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Over a limit: 429 problem details with Retry-After; other clients, users and accounts go on.</summary>
public sealed class RateLimitTests(SmallRateLimitsFactory factory) : IClassFixture<SmallRateLimitsFactory>
{
    [Fact]
    public async Task Account_posts_from_one_address_are_limited_and_another_address_goes_on()
    {
        var flooder = Client("203.0.113.10");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 7; i++)
        {
            responses.Add(await flooder.PostAsJsonAsync("/api/v1/auth/register", new { email = AuthApi.NewEmail(), password = "short" }));
        }

        Assert.All(responses.Take(6), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode)); // refused as a bad password, but answered
        await AssertTooManyAsync(responses[6]);
        var other = await Client("203.0.113.11").PostAsJsonAsync("/api/v1/auth/register", new { email = AuthApi.NewEmail(), password = ParcelWatchFactory.Password });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_person_posting_the_sign_in_form_too_often_reads_a_page_with_a_way_back()
    {
        var flooder = Client("203.0.113.20");
        flooder.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        HttpResponseMessage last = new();
        for (var i = 0; i < 7; i++)
        {
            last = await flooder.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login" }));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("text/html", last.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {last.Headers.RetryAfter}");
        var page = await last.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Too many requests</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Account/Login\">Back to the form</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ins_to_one_account_are_limited_whatever_the_address_and_say_nothing_about_the_account()
    {
        var email = AuthApi.NewEmail();
        Assert.Equal(HttpStatusCode.OK, (await AuthApi.RegisterAsync(Client("198.51.100.1"), email)).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await AuthApi.LoginAsync(Client($"198.51.100.{20 + i}"), email, "wrong password here")).StatusCode);
        }

        await AssertTooManyAsync(await AuthApi.LoginAsync(Client("198.51.100.30"), email));
        var unknown = AuthApi.NewEmail();
        for (var i = 0; i < 3; i++)
        {
            await AuthApi.LoginAsync(Client($"198.51.100.{40 + i}"), unknown, "wrong password here");
        }

        await AssertTooManyAsync(await AuthApi.LoginAsync(Client("198.51.100.50"), unknown)); // same answer as for a real account

        var another = AuthApi.NewEmail();
        Assert.Equal(HttpStatusCode.OK, (await AuthApi.RegisterAsync(Client("198.51.100.60"), another)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AuthApi.LoginAsync(Client("198.51.100.61"), another)).StatusCode);
    }

    [Fact]
    public async Task Reports_are_limited_per_user_and_another_user_goes_on()
    {
        var (buyer, _) = await AuthApi.CreateBearerClientAsync(factory);
        var (other, _) = await AuthApi.CreateBearerClientAsync(factory);

        await ParcelApi.CreateAsync(buyer);
        await ParcelApi.CreateAsync(buyer);
        await AssertTooManyAsync(await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg()));

        await ParcelApi.CreateAsync(other);
    }

    [Fact]
    public async Task Exports_are_limited_per_address()
    {
        var client = Client("192.0.2.7");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/export/parcels.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/export/parcels.json")).StatusCode);

        await AssertTooManyAsync(await client.GetAsync("/api/v1/export/parcels.csv"));
        Assert.Equal(HttpStatusCode.OK, (await Client("192.0.2.8").GetAsync("/api/v1/export/parcels.csv")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_flood_is_refused_while_the_statistics_keep_answering()
    {
        var flood = Enumerable.Range(0, 200).Select(i =>
            AuthApi.LoginAsync(Client("203.0.113.99"), $"victim-{i % 3}@example.test", "guess number " + i));
        var statistics = Enumerable.Range(0, 10).Select(_ => Client("192.0.2.50").GetAsync("/api/v1/stats/points"));

        var answers = await Task.WhenAll(flood);
        var stats = await Task.WhenAll(statistics);

        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests) >= 190, "the flood is refused");
        Assert.All(stats, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
    }

    private HttpClient Client(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(SmallRateLimitsFactory.ClientAddressHeader, address);
        return client;
    }

    internal static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        var problem = await ParcelApi.ReadAsync(response);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }
}
