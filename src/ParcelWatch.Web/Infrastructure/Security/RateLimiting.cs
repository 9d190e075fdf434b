using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParcelWatch.Web.Infrastructure.Web;

namespace ParcelWatch.Web.Infrastructure.Security;

/// <summary>
/// ASP.NET Core's rate limiter, partitioned (per IP address, per user, per account) so that a flood from one source
/// is refused at once without slowing anyone else. Over a limit: 429 problem details with <c>Retry-After</c>.
/// </summary>
public static class RateLimiting
{
    public const string AccountPosts = "account-posts";
    public const string Reports = "reports";
    public const string Exports = "exports";
    public const string HistoryParses = "history-parses";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddParcelWatchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(WriteRejectionAsync(context.HttpContext, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window));
            limiter.AddPolicy(AccountPosts, context => PostsOnly(context, ClientAddress(context), options => options.AccountPostsPerIpPerMinute));
            limiter.AddPolicy(Reports, context => PostsOnly(context, SignedInUser(context), options => options.ReportsPerUserPerMinute));
            limiter.AddPolicy(HistoryParses, context => PostsOnly(context, SignedInUser(context), options => options.HistoryParsesPerUserPerMinute));
            limiter.AddPolicy(Exports, context => Partition(context, ClientAddress(context), options => options.ExportsPerIpPerMinute));
        });
        return services;
    }

    /// <summary>The 429 answer: problem details saying when to come back, and the same in <c>Retry-After</c>.</summary>
    public static async Task WriteRejectionAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!context.Request.IsApiRequest())
        {
            await WritePageAsync(context, localizer, seconds);
            return;
        }

        await TypedResults.Problem(
            localizer["Too many requests. Try again in {0} seconds.", seconds],
            statusCode: StatusCodes.Status429TooManyRequests,
            title: localizer["Too many requests"]).ExecuteAsync(context);
    }

    /// <summary>
    /// A person posting a form (the Account pages) reads a page, not JSON: a plain one, with the app's stylesheet and a
    /// link back to the form they came from.
    /// </summary>
    private static Task WritePageAsync(HttpContext context, IStringLocalizer localizer, int seconds)
    {
        var encode = HtmlEncoder.Default;
        var title = encode.Encode(localizer["Too many requests"]);
        var message = encode.Encode(localizer["Too many requests. Try again in {0} seconds.", seconds]);
        var back = encode.Encode(localizer["Back to the form"]);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var form = encode.Encode(LocalUrl.OrRoot(context.Request.Path + context.Request.QueryString));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title>" +
            "<link rel=\"stylesheet\" href=\"/app.css\"></head>" +
            $"<body><main class=\"rate-limited\"><h1>{title}</h1><p>{message}</p><p><a href=\"{form}\">{back}</a></p></main></body></html>");
    }

    /// <summary>The signed-in user's id (the client's address when nobody is signed in).</summary>
    private static string SignedInUser(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ClientAddress(context);

    /// <summary>The client's IP address (behind a proxy, as set by the forwarded-headers middleware).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> PostsOnly(HttpContext context, string key, Func<RateLimitOptions, int> limit) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : Partition(context, key, limit);

    private static RateLimitPartition<string> Partition(HttpContext context, string key, Func<RateLimitOptions, int> limit)
    {
        var permits = limit(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }
}
