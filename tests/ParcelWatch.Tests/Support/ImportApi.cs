using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Support;

/// <summary>Uploads spreadsheets to <c>POST /api/v1/import/csv</c>, waits for their jobs, and writes test sheets.</summary>
public static class ImportApi
{
    public const string Header = "Shop,Order,Tracking number,Customs point,Brand,Model,Category,Declaration,Value,Currency,Shipped,Arrived,Outcome,Date";

    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, byte[] content, string fileName = "parcels.csv", string? columns = null, string? values = null, bool dryRun = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        if (columns is not null)
        {
            form.Add(new StringContent(columns), "columns");
        }

        if (values is not null)
        {
            form.Add(new StringContent(values), "values");
        }

        return await client.PostAsync(dryRun ? "/api/v1/import/csv?dryRun=true" : "/api/v1/import/csv", form);
    }

    /// <summary>Polls the job until it has ended; fails after two minutes.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/import/{jobId}");
            if (job.GetProperty("state").GetString() is "Completed" or "Cancelled" or "Failed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the import did not end: {job}");
            await Task.Delay(100);
        }
    }

    /// <summary>Uploads, expects 202, waits for the end.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, byte[] content, string fileName = "parcels.csv")
    {
        var response = await UploadAsync(client, content, fileName);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await WaitAsync(client, job.GetProperty("id").GetString()!);
    }

    /// <summary>A valid S10 number (check digit right) from a serial, with the prefix and suffix given.</summary>
    public static string TrackingNumber(int serial, string prefix = "RR", string suffix = "CN")
    {
        var digits = (serial % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        return $"{prefix}{digits}{S10.ComputeCheckDigit(digits)}{suffix}";
    }

    /// <summary>A clean sheet of <paramref name="rows"/> parcels (a tenth returned, a third released, the rest pending).</summary>
    public static byte[] CleanCsv(int rows, int firstSerial, string shop = "AliExpress")
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var outcome = (i % 10) switch { 0 => "Returned", < 4 => "Released", _ => "" };
            var date = outcome.Length > 0 ? "2017-04-20" : "";
            text.Append(CultureInfo.InvariantCulture,
                $"{shop},{firstSerial + i},{TrackingNumber(firstSerial + i)},orenburg,Xiaomi,Redmi 4X,Phone,\"cell phone, 1 pc\",150.00,USD,2017-03-15,2017-04-10,{outcome},{date}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
