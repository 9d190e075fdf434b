using System.ComponentModel.DataAnnotations;

namespace ParcelWatch.Web.Infrastructure.Security;

/// <summary>
/// Configuration section <c>RateLimits</c>: requests allowed per minute (sliding window). Defaults suit one community
/// site; a benchmark or a test raises them.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, registration and password-reset posts (API and pages) from one IP address.</summary>
    [Range(1, int.MaxValue)]
    public int AccountPostsPerIpPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts for one account, from anywhere (against password spraying across many IPs).</summary>
    [Range(1, int.MaxValue)]
    public int SignInsPerAccountPerMinute { get; set; } = 5;

    /// <summary>New reports and outcome events from one signed-in user.</summary>
    [Range(1, int.MaxValue)]
    public int ReportsPerUserPerMinute { get; set; } = 60;

    /// <summary>Pasted tracking histories read (<c>POST /api/v1/tracking-history/parse</c>) for one signed-in user.</summary>
    [Range(1, int.MaxValue)]
    public int HistoryParsesPerUserPerMinute { get; set; } = 30;

    /// <summary>Open-data exports (each streams every visible report) from one IP address.</summary>
    [Range(1, int.MaxValue)]
    public int ExportsPerIpPerMinute { get; set; } = 10;
}
