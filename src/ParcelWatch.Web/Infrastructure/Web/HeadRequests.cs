using Microsoft.AspNetCore.Http.Features;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>
/// HEAD answers wherever GET does (uptime monitors use it): the request is routed and run as a GET, with the same
/// status and headers, and its body is dropped. Must run before routing.
/// </summary>
public static class HeadRequests
{
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }
}
