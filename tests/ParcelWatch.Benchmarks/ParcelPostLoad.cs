using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// Registered users with bearer tokens, and a fixed number of workers that send <c>POST /api/v1/parcels</c> one
/// after another (each request awaited) until the given bodies are used up. Anything but 201 stops the run.
/// </summary>
internal sealed class ParcelPostLoad : IDisposable
{
    public const string Password = "a long lowercase passphrase";

    private static readonly Uri ParcelsPath = new("/api/v1/parcels", UriKind.Relative);
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly int _workers;
    private readonly List<string> _tokens = [];

    public ParcelPostLoad(Uri baseAddress, int workers)
    {
        _workers = workers;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseProxy = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Registers <paramref name="count"/> users through the API and logs each in for a bearer token.</summary>
    public async Task SignInUsersAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var credentials = new { email = $"bench-{i}@example.org", password = Password };
            using (var register = await _http.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), credentials, cancellationToken))
            {
                await EnsureAsync(register, HttpStatusCode.OK, "register", cancellationToken);
            }

            using var login = await _http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), credentials, cancellationToken);
            await EnsureAsync(login, HttpStatusCode.OK, "login", cancellationToken);
            using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync(cancellationToken));
            _tokens.Add(body.RootElement.GetProperty("accessToken").GetString()
                ?? throw new InvalidOperationException("login answered without an access token"));
        }
    }

    /// <summary>The same signed-in users sending through another address: a proxy, or another instance on the same database.</summary>
    public ParcelPostLoad Via(Uri baseAddress)
    {
        var load = new ParcelPostLoad(baseAddress, _workers);
        load._tokens.AddRange(_tokens);
        return load;
    }

    /// <summary>Sends every body once (user by turns); returns each request's latency, in the order of the bodies.</summary>
    public async Task<TimeSpan[]> PostAllAsync(IReadOnlyList<byte[]> bodies, CancellationToken cancellationToken)
    {
        var latencies = new TimeSpan[bodies.Count];
        var next = -1;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task WorkAsync()
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < bodies.Count; i = Interlocked.Increment(ref next))
                {
                    var started = Stopwatch.GetTimestamp();
                    using var request = new HttpRequestMessage(HttpMethod.Post, ParcelsPath) { Content = new ByteArrayContent(bodies[i]) };
                    request.Content.Headers.ContentType = Json;
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[i % _tokens.Count]);
                    using var response = await _http.SendAsync(request, failed.Token);
                    await EnsureAsync(response, HttpStatusCode.Created, "POST /api/v1/parcels", failed.Token);
                    latencies[i] = Stopwatch.GetElapsedTime(started);
                }
            }
            catch
            {
                await failed.CancelAsync(); // stop the other workers too
                throw;
            }
        }

        var workers = Enumerable.Range(0, _workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToArray();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested
            && workers.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) is { } cause)
        {
            // A worker stopped because another failed: report that failure, not the cancellation.
            ExceptionDispatchInfo.Throw(cause);
        }

        return latencies;
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode} instead of {(int)expected}: {body}");
        }
    }
}
