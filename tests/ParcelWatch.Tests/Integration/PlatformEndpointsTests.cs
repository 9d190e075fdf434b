using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.OpenApi;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>Health, catalogue, OpenAPI and the database file, through HTTP against a real SQLite file.</summary>
public sealed class PlatformEndpointsTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Customs_points_list_the_seeded_catalogue_with_stable_codes()
    {
        var points = await _client.GetFromJsonAsync<JsonElement>("/api/v1/customs-points");

        var codes = points.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Subset(codes.ToHashSet(), new HashSet<string?> { "orenburg", "yekaterinburg-koltsovo", "vnukovo", "sheremetyevo" });
        var orenburg = points.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "orenburg");
        Assert.Equal("ММПО Оренбург", orenburg.GetProperty("nameRu").GetString());
        Assert.Equal("Orenburg", orenburg.GetProperty("city").GetString());
        Assert.False(string.IsNullOrEmpty(orenburg.GetProperty("nameEn").GetString()));
    }

    [Fact]
    public async Task OpenApi_document_is_valid_openapi_3_and_lists_the_api()
    {
        var json = await _client.GetStringAsync("/openapi/v1.json");

        // Microsoft.OpenApi's reader validates the document against the specification's rules.
        var result = OpenApiDocument.Parse(json, "json");

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        Assert.StartsWith("3.", result.Diagnostic?.SpecificationVersion.ToString().Replace("OpenApi", "", StringComparison.Ordinal).Replace('_', '.'), StringComparison.Ordinal);
        Assert.Contains("/api/v1/customs-points", result.Document.Paths.Keys);
        Assert.Contains("/api/v1/auth/register", result.Document.Paths.Keys);
        Assert.Contains("/api/v1/auth/login", result.Document.Paths.Keys);
    }

    [Fact]
    public async Task Scalar_reader_is_served()
    {
        var response = await _client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Scalar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_is_created_migrated_with_roles_and_catalogue_seeded_once()
    {
        await _client.GetAsync("/health/ready");

        Assert.Equal(2L, factory.Database.Count("""SELECT COUNT(*) FROM "AspNetRoles" WHERE "Name" IN ('Volunteer','Moderator')"""));
        Assert.Equal(0L, factory.Database.Count("""SELECT COUNT(*) FROM (SELECT "Code" FROM "CustomsPoints" GROUP BY "Code" HAVING COUNT(*) > 1) AS "Twice" """));
    }

    [SqliteOnlyFact("WAL is a SQLite journal mode")]
    public async Task Database_file_is_in_wal_mode()
    {
        await _client.GetAsync("/health/ready");

        await using var connection = factory.Database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}
