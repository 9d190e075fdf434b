using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ParcelWatch.Web.Components.Layout;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Anonymous readers of the reading pages (<c>/</c>, <c>/stats…</c>) and of <c>/api/v1/stats/…</c> get a kept answer,
/// per path and query, language and theme (ADR-017). A saved change marks the answers stale
/// (<see cref="StatsFreshness"/>): the next reader of a stale answer gets it at once, and then, after its response
/// has completed, its request renders the fresh one; meanwhile the other readers get the stale one too, so one
/// refresh per answer runs at a time. Signed-in readers, bearer tokens and requests carrying other cookies than
/// language, theme and antiforgery are never served from here nor kept. Only 200 answers are kept, and every reader
/// gets them without their antiforgery cookie and token (<see cref="IsAntiforgeryCookie"/>); answers that set any
/// other cookie are not kept. The
/// security headers (a CSP with the inline script's hash, no per-request nonce) are added to every response as usual.
/// </summary>
public sealed class ReaderCache(StatsFreshness freshness, ILogger<ReaderCache> logger)
{
    /// <summary>Distinct queries kept at most; past that the cache starts over (queries come from the URL).</summary>
    private const int MostAnswers = 10_000;

    private static readonly string[] AllowedCookies = [Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName, ThemePreference.CookieName];

    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    private static readonly HashSet<string> IgnoredHeaders = new([HeaderNames.ContentLength, HeaderNames.SetCookie], StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    public static bool Applies(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path;
        return HttpMethods.IsGet(request.Method)
            && (path == "/" || path.StartsWithSegments("/stats") || path.StartsWithSegments("/api/v1/stats"))
            && context.User.Identity?.IsAuthenticated != true
            && request.Headers.Authorization.Count == 0
            && request.Cookies.Keys.All(name => AllowedCookies.Contains(name, StringComparer.Ordinal) || name.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal));
    }

    public async Task ServeAsync(HttpContext context, RequestDelegate next)
    {
        if (_slots.Count >= MostAnswers)
        {
            _slots.Clear();
        }

        var slot = _slots.GetOrAdd(Key(context), _ => new Slot());
        var answer = slot.Answer;
        var state = answer is null ? StatsFreshness.State.TooOld : freshness.StateOf(answer.Stamp);
        if (state == StatsFreshness.State.Fresh || (state == StatsFreshness.State.Stale && !slot.TryStartRefresh()))
        {
            await WriteAsync(context, answer!);
            return;
        }

        if (state == StatsFreshness.State.TooOld)
        {
            await RenderAsync(context, next, slot, toReader: true);
            return;
        }

        try
        {
            await WriteAsync(context, answer!);
            await context.Response.CompleteAsync();
            await RenderAsync(context, next, slot, toReader: false);
        }
#pragma warning disable CA1031 // the reader has their answer; a failed refresh is retried by the next reader
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Refreshing the kept answer for {Path} failed", context.Request.Path);
        }
        finally
        {
            slot.EndRefresh();
        }
    }

    private static string Key(HttpContext context) =>
        string.Join(
            '\n',
            context.Request.Path.Value,
            context.Request.QueryString.Value,
            CultureInfo.CurrentUICulture.Name,
            ThemePreference.IsDark(context.Request) ? "dark" : "light",
            context.Request.Headers["Blazor-Enhanced-Nav"].ToString(),
            context.Request.Headers.Accept.ToString());

    /// <summary>Runs the endpoint into a buffer, keeps a 200 that sets no cookie, and copies it to the reader if asked.</summary>
    private async Task RenderAsync(HttpContext context, RequestDelegate next, Slot slot, bool toReader)
    {
        var stamp = freshness.Take();
        var features = context.Features;
        var body = features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var response = features.GetRequiredFeature<IHttpResponseFeature>();
        var rendered = toReader ? response : new HttpResponseFeature();
        using var buffer = new MemoryStream();
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        features.Set(rendered);
        try
        {
            await next(context);
        }
        finally
        {
            features.Set(body);
            features.Set(response);
        }

        var keep = rendered.StatusCode == StatusCodes.Status200OK && rendered.Headers.SetCookie.All(IsAntiforgeryCookie);
        var answer = keep ? new Answer([.. rendered.Headers.Where(header => !IgnoredHeaders.Contains(header.Key))], WithoutPersistedState(buffer), stamp) : null;
        if (answer is not null)
        {
            slot.Answer = answer;
        }

        if (toReader)
        {
            rendered.Headers.SetCookie = keep ? default : rendered.Headers.SetCookie;
            await context.Response.Body.WriteAsync(answer?.Body ?? buffer.ToArray(), context.RequestAborted);
        }
    }

    /// <summary>
    /// Blazor sets an antiforgery cookie on every page and persists the matching token in the page, for interactive
    /// components that enhanced navigation might add later. These pages have none and no form that posts, so the
    /// kept copy drops both: a token tied to a cookie its readers never got would be of no use to them.
    /// </summary>
    private static bool IsAntiforgeryCookie(string? cookie) =>
        cookie?.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal) == true;

    private static byte[] WithoutPersistedState(MemoryStream buffer)
    {
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var start = body.IndexOf(PersistedStateStart);
        var length = start < 0 ? -1 : body[start..].IndexOf(CommentEnd) + CommentEnd.Length;
        return length <= 0 ? body.ToArray() : [.. body[..start], .. body[(start + length)..]];
    }

    private static ReadOnlySpan<byte> PersistedStateStart => "<!--Blazor-Server-Component-State:"u8;

    private static ReadOnlySpan<byte> CommentEnd => "-->"u8;

    private static async Task WriteAsync(HttpContext context, Answer answer)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    private sealed record Answer(KeyValuePair<string, StringValues>[] Headers, byte[] Body, StatsFreshness.Stamp Stamp);

    /// <summary>One query's kept answer, and whether a request is refreshing it.</summary>
    private sealed class Slot
    {
        private Answer? _answer;
        private int _refreshing;

        public Answer? Answer
        {
            get => Volatile.Read(ref _answer);
            set => Volatile.Write(ref _answer, value);
        }

        public bool TryStartRefresh() => Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0;

        public void EndRefresh() => Volatile.Write(ref _refreshing, 0);
    }
}

public static class ReaderCacheSetup
{
    public static IServiceCollection AddParcelWatchReaderCache(this IServiceCollection services) => services.AddSingleton<ReaderCache>();

    /// <summary>Last before the endpoints: routing, language, authentication and rate limits have run.</summary>
    public static WebApplication UseParcelWatchReaderCache(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<ReaderCache>();
        app.UseWhen(ReaderCache.Applies, cached => cached.Use(cache.ServeAsync));
        return app;
    }
}
