using System.Text.Json;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// The served OpenAPI document is fit for client generators: Redocly's recommended rules (CLI pinned in
/// tests/openapi-lint, installed by tests/run.sh with npm ci) report no error, and every operation has an operationId,
/// a summary, and a security requirement where it needs one.
/// </summary>
public sealed class OpenApiDocumentTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private static readonly string LintFolder = Path.Combine(RepositoryPaths.Root, "tests", "openapi-lint");

    [Fact]
    public async Task Redocly_recommended_rules_report_no_error()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var file = Path.Combine(factory.DataDirectory, "openapi.json");
        await File.WriteAllTextAsync(file, document);
        var redocly = Path.Combine(LintFolder, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"run `npm ci` in {LintFolder} (tests/run.sh does)");

        var (exitCode, output, errors) = await ExternalProcess.RunAsync(factory.DataDirectory, redocly, "lint", file, "--extends=recommended", "--format=json");

        var problems = JsonDocument.Parse(output).RootElement.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems) + errors);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_and_security_where_it_needs_one()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal("http", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        Assert.Equal("cookie", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("cookie").GetProperty("in").GetString());
        Assert.All(document.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        Assert.False(string.IsNullOrEmpty(document.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        Assert.All(document.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("description").GetString())));

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}", Operation: op.Value)))
            .ToList();
        Assert.True(operations.Count > 35);
        Assert.All(operations, op =>
        {
            Assert.True(op.Operation.TryGetProperty("operationId", out _), $"{op.Name} has no operationId");
            Assert.True(op.Operation.TryGetProperty("summary", out _), $"{op.Name} has no summary");
            Assert.True(op.Operation.TryGetProperty("description", out _), $"{op.Name} has no description");
        });

        string[] signedIn = ["post /api/v1/parcels", "get /api/v1/parcels", "get /api/v1/auth/manage/info", "get /api/v1/moderation/hidden", "get /api/v1/account/data"];
        foreach (var name in signedIn)
        {
            var (_, operation) = operations.Single(op => op.Name == name);
            var schemes = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["bearer", "cookie"], schemes);
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out var unauthorized), $"{name} lists no 401");
            Assert.Equal("#/components/schemas/ProblemDetails",
                unauthorized.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        }

        var statistics = operations.Where(op => op.Name.StartsWith("get /api/v1/stats", StringComparison.Ordinal)).ToList();
        Assert.Contains(statistics, op => op.Name == "get /api/v1/stats/points");
        Assert.All(statistics,
            op => Assert.Empty(Assert.Single(op.Operation.GetProperty("security").EnumerateArray()).EnumerateObject()));
    }
}
