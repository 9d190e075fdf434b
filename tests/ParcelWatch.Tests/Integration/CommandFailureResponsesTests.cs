using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// Every feature maps its command results to HTTP the same way (<c>CommandHttp</c>): a command on something that does
/// not exist is a 404 problem, and one that came too late is a 409 problem, with the same shape in Parcels, Moderation
/// and Import; reading one thing that does not exist (a report, an import job, the figures of a point) is the same 404
/// problem.
/// </summary>
public sealed class CommandFailureResponsesTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task A_command_on_something_unknown_is_the_same_404_problem_in_every_feature()
    {
        var buyer = (await AuthApi.CreateBearerClientAsync(factory)).Client;
        var moderator = (await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator)).Client;
        var volunteer = (await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer)).Client;

        var answers = new[]
        {
            await buyer.PutAsJsonAsync("/api/v1/parcels/999999", ParcelRequests.RedmiToOrenburg() with { Version = 1 }),
            await buyer.DeleteAsync("/api/v1/parcels/999999"),
            await moderator.PostAsync("/api/v1/moderation/merges/999999/undo", null),
            await moderator.PostAsJsonAsync("/api/v1/moderation/parcels/999999/hide", new { reason = "spam" }),
            await volunteer.PostAsync($"/api/v1/import/{Guid.NewGuid()}/cancel", null),
        };

        foreach (var answer in answers)
        {
            var problem = await ProblemAsync(answer, HttpStatusCode.NotFound);
            Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        }
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/csv")] // what a spreadsheet download asks for: still the problem, not the server's plain-text page
    public async Task Reading_one_unknown_report_or_import_job_is_the_404_problem_of_a_command_on_it(string accept)
    {
        var buyer = (await AuthApi.CreateBearerClientAsync(factory)).Client;
        var volunteer = (await AuthApi.CreateBearerClientAsync(factory, Roles.Volunteer)).Client;
        var job = Guid.NewGuid();
        var reads = new[]
        {
            (Client: buyer, Read: "/api/v1/parcels/999999", Command: await buyer.DeleteAsync("/api/v1/parcels/999999")),
            (Client: volunteer, Read: $"/api/v1/import/{job}", Command: await volunteer.PostAsync($"/api/v1/import/{job}/cancel", null)),
            (Client: volunteer, Read: $"/api/v1/import/{job}/errors.csv", Command: await volunteer.PostAsync($"/api/v1/import/{job}/cancel", null)),
        };

        foreach (var (client, read, command) in reads)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, read) { Headers = { { "Accept", accept } } };
            var problem = await ProblemAsync(await client.SendAsync(request), HttpStatusCode.NotFound);
            Assert.Equal(Shape(await ProblemAsync(command, HttpStatusCode.NotFound)), Shape(problem));
        }
    }

    [Theory]
    [InlineData("/api/v1/stats/points/atlantis/timeline", "application/json")]
    [InlineData("/api/v1/stats/points/atlantis/rate-timeline", "text/csv")]
    [InlineData("/feeds/points/atlantis.atom", "application/atom+xml")]
    [InlineData("/badges/points/atlantis.svg", "image/svg+xml")]
    public async Task Reading_the_figures_of_an_unknown_point_is_the_same_404_problem_whatever_is_accepted(string read, string accept)
    {
        var buyer = (await AuthApi.CreateBearerClientAsync(factory)).Client;
        var command = await ProblemAsync(await buyer.DeleteAsync("/api/v1/parcels/999999"), HttpStatusCode.NotFound);

        using var request = new HttpRequestMessage(HttpMethod.Get, read) { Headers = { { "Accept", accept } } };
        Assert.Equal(Shape(command), Shape(await ProblemAsync(await factory.CreateClient().SendAsync(request), HttpStatusCode.NotFound)));
    }

    [Fact]
    public async Task A_command_that_came_too_late_is_a_409_problem_with_the_reason_as_its_detail()
    {
        var buyer = (await AuthApi.CreateBearerClientAsync(factory)).Client;
        var moderator = (await AuthApi.CreateBearerClientAsync(factory, Roles.Moderator)).Client;
        var created = await (await buyer.PostAsJsonAsync("/api/v1/parcels", ParcelRequests.RedmiToOrenburg())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var stale = await buyer.PutAsJsonAsync($"/api/v1/parcels/{id}", ParcelRequests.RedmiToOrenburg() with { Version = 99 });
        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/hide", new { reason = "spam" })).StatusCode);
        var again = await moderator.PostAsJsonAsync($"/api/v1/moderation/parcels/{id}/hide", new { reason = "spam" });

        foreach (var answer in new[] { stale, again })
        {
            var problem = await ProblemAsync(answer, HttpStatusCode.Conflict);
            Assert.Equal("Conflict", problem.GetProperty("title").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage answer, HttpStatusCode status)
    {
        var where = answer.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(status == answer.StatusCode, $"{where}: {answer.StatusCode}");
        Assert.True(answer.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{where}: {answer.Content.Headers.ContentType}");
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>A problem's members and their values, except the trace id that differs by request.</summary>
    private static string Shape(JsonElement problem) =>
        string.Join(", ", problem.EnumerateObject().Where(m => m.Name != "traceId").Select(m => $"{m.Name}={m.Value}").Order());
}
