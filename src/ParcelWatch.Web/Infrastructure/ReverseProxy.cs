using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ParcelWatch.Web.Infrastructure;

/// <summary>
/// Behind nginx or HAProxy (docs/deploy.md): the client's address and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, so that per-address rate limits see clients, not the proxy, and cookies are marked Secure
/// when the proxy terminated HTTPS. Only trusted proxies are believed: loopback (ASP.NET Core's default) and the
/// addresses in <c>ReverseProxy:KnownProxies</c>.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddParcelWatchReverseProxy(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
}
