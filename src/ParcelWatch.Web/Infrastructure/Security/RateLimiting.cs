using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

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

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddParcelWatchRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<UnknownAccountTiming>();
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(WriteRejectionAsync(context.HttpContext, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window));
            limiter.AddPolicy(AccountPosts, context => PostsOnly(context, ClientAddress(context), options => options.AccountPostsPerIpPerMinute));
            limiter.AddPolicy(Reports, context => PostsOnly(context, context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ClientAddress(context), options => options.ReportsPerUserPerMinute));
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
        await TypedResults.Problem(
            localizer["Too many requests. Try again in {0} seconds.", seconds],
            statusCode: StatusCodes.Status429TooManyRequests,
            title: localizer["Too many requests"]).ExecuteAsync(context);
    }

    /// <summary>
    /// Adds the per-account sign-in limit to the Identity API's <c>/login</c> (the body names the account), and makes an
    /// unknown account's answer take as long as a wrong password's.
    /// </summary>
    public static TBuilder WithSignInThrottle<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { } login)
            {
                var services = context.HttpContext.RequestServices;
                if (services.GetRequiredService<SignInThrottle>().TryEnter(login.Email) is { } retryAfter)
                {
                    await WriteRejectionAsync(context.HttpContext, retryAfter);
                    return Results.Empty;
                }

                await services.GetRequiredService<UnknownAccountTiming>().EqualizeAsync(login.Email, login.Password);
            }

            return await next(context);
        });

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
