using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>
/// A small cacheable answer (a feed, a badge): a strong ETag from its bytes and (for feeds) a Last-Modified, answered with 304 when the
/// reader already holds it (If-None-Match first, else If-Modified-Since, as RFC 9110 §13.2.2 orders them). Shared caches
/// may keep it for five minutes; without <c>?lang</c> its language follows the cookie or Accept-Language, hence Vary.
/// </summary>
public static class ConditionalGet
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Sets the validators and caching headers; true when the reader's copy is current (answer 304).</summary>
    public static bool IsCurrent(HttpContext context, byte[] body, DateTimeOffset? lastModified)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(body).AsSpan(0, 16))}\"");
        var modified = lastModified is { } at ? new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) : (DateTimeOffset?)null;
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = modified;
        response.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = MaxAge };
        context.Response.Headers.Vary = "Accept-Language, Cookie";
        var request = context.Request.GetTypedHeaders();
        return request.IfNoneMatch is { Count: > 0 } tags
            ? tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && modified <= since;
    }
}
