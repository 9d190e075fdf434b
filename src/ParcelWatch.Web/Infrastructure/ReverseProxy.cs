using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ParcelWatch.Web.Infrastructure;

/// <summary>
/// Behind nginx or HAProxy (docs/deploy.md): the client's address and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, so that per-address rate limits see clients, not the proxy, and cookies are marked Secure
/// when the proxy terminated HTTPS. Only trusted proxies are believed: loopback (ASP.NET Core's default) and the
/// addresses in <c>ReverseProxy:KnownProxies</c>.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddParcelWatchReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }
}

/// <summary>Configuration section <c>ReverseProxy</c>.</summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies whose forwarded headers are believed, besides loopback.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _))
            .Select(proxy => new ValidationResult($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]));
}
