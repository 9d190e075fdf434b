using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using Xunit.Abstractions;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Damaged spreadsheets (a seeded generator: flipped bytes, stray quotes and separators, cut lines, repeated lines,
/// odd characters): every upload is answered 202 or a 400 problem, every job ends Completed, and its counts add up
/// to what is stored — never a 500, never a failed or half-counted job.
/// </summary>
public sealed class ImportFuzzTests(ParcelWatchFactory factory, ITestOutputHelper output) : IClassFixture<ParcelWatchFactory>
{
    private const int Files = 150;
    private const int RowsPerFile = 20;

    [Fact]
    public async Task Damaged_sheets_get_an_answer_and_their_jobs_add_up()
    {
        var (volunteer, _) = await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer);
        var random = new Random(20170410);
        var (accepted, refused, rows) = (0, 0, 0);
        for (var file = 0; file < Files; file++)
        {
            var content = Damage(ImportApi.CleanCsv(RowsPerFile, firstSerial: 50_000_000 + file * RowsPerFile), random);
            var response = await ImportApi.UploadAsync(volunteer, content, random.Next(5) == 0 ? "sheet.xlsx" : "sheet.csv");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                refused++;
                continue;
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var job = await ImportApi.WaitAsync(volunteer, id);
            Assert.Equal("Completed", job.GetProperty("state").GetString());
            var done = job.GetProperty("rowsDone").GetInt32();
            Assert.Equal(done, job.GetProperty("rowsInserted").GetInt32() + job.GetProperty("rowsDuplicate").GetInt32() + job.GetProperty("rowsRejected").GetInt32());
            Assert.Equal(job.GetProperty("rowsInserted").GetInt32(), StoredFor(id));
            accepted++;
            rows += done;
        }

        output.WriteLine($"{Files} damaged files: {accepted} imported ({rows} rows read), {refused} refused as files");
        Assert.True(accepted > Files / 2, "most damaged files still hold readable rows");
    }

    private static byte[] Damage(byte[] sheet, Random random)
    {
        var bytes = sheet.ToList();
        var damages = random.Next(1, 12);
        for (var i = 0; i < damages && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0: bytes[at] = (byte)random.Next(32, 256); break;
                case 1: bytes.Insert(at, (byte)'"'); break;
                case 2: bytes.Insert(at, (byte)(random.Next(2) == 0 ? ',' : ';')); break;
                case 3: bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at)); break;
                case 4: bytes.InsertRange(at, "\r\n"u8.ToArray()); break;
                case 5: bytes.InsertRange(at, "Ж€😀\u00A0"u8.ToArray()); break;
                case 6: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.InsertRange(at, bytes.GetRange(0, Math.Min(200, bytes.Count))); break;
            }
        }

        return random.Next(20) == 0 ? [.. bytes, 0] : [.. bytes]; // now and then a zero byte: a binary file
    }

    private long StoredFor(string jobId)
    {
        using var scope = factory.Services.CreateScope();
        var job = Guid.Parse(jobId);
        return scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>().ParcelReports.Count(p => p.ImportJobId == job);
    }
}
