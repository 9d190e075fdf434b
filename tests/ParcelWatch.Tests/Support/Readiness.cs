using System.Diagnostics;
using System.Net;

namespace ParcelWatch.Tests.Support;

/// <summary>Waits for a server the tests started as a child process to answer.</summary>
public static class Readiness
{
    /// <summary>True once <paramref name="path"/> answers 200; false when the process ends or the time is up first.</summary>
    public static async Task<bool> WaitAsync(Process process, Uri baseAddress, string path, TimeSpan patience)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }
}
