using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Reliability;

/// <summary>
/// The real app's console log (Serilog, structured JSON, as in production) after a buyer's whole visit holds no
/// password, token, order number or email address — also when requests fail.
/// </summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Logs_hold_no_passwords_tokens_order_numbers_or_emails()
    {
        var folder = Directory.CreateTempSubdirectory("parcelwatch-logs-");
        var email = AuthApi.NewEmail("private");
        const string password = "my very private passphrase";
        const string orderNumber = "8123456789012";
        string? token;
        string log;
        try
        {
            await using (var server = await AppServer.StartAsync($"Data Source={Path.Combine(folder.FullName, "logs.db")}",
                new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Information" }))
            {
                using var client = new HttpClient { BaseAddress = server.BaseAddress };
                (await AuthApi.RegisterAsync(client, email, password)).EnsureSuccessStatusCode();
                await AuthApi.LoginAsync(client, email, "a wrong passphrase entirely");
                var login = await AuthApi.LoginAsync(client, email, password);
                token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                (await client.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg(orderNumber: orderNumber))).EnsureSuccessStatusCode();
                await client.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg(orderNumber: orderNumber) with { TrackingNumber = "RA123456789CN" });
                await client.GetAsync("/api/v1/parcels?mine=true");
                await client.PostAsJsonAsync("/api/v1/auth/forgotPassword", new { email });
                log = server.Output;
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        Assert.Contains("/api/v1/parcels", log, StringComparison.Ordinal); // the log did record the visit
        Assert.Contains("\"RequestId\"", log, StringComparison.Ordinal); // structured, with request ids
        Assert.DoesNotContain(password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(token!, log, StringComparison.Ordinal);
        Assert.DoesNotContain(orderNumber, log, StringComparison.Ordinal);
        Assert.DoesNotContain(email, log, StringComparison.OrdinalIgnoreCase);
    }
}
