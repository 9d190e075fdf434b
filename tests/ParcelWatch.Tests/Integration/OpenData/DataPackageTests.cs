using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace ParcelWatch.Tests.Integration.OpenData;

/// <summary>The open-data package descriptor describes the exports as they are: same columns, same order, matching types.</summary>
public sealed class DataPackageTests(OpenDataDataset data) : IClassFixture<OpenDataDataset>
{
    private readonly HttpClient _client = data.CreateClient();

    [Fact]
    public async Task The_schema_fields_are_the_csv_header_and_every_sample_value_fits_its_type()
    {
        var package = await _client.GetFromJsonAsync<JsonElement>("/api/v1/export/datapackage.json");
        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        Assert.Equal("ODbL-1.0", package.GetProperty("licenses")[0].GetProperty("name").GetString());
        var csvResource = package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("format").GetString() == "csv");
        Assert.Equal("http://localhost/api/v1/export/parcels.csv", csvResource.GetProperty("path").GetString());
        var fields = csvResource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));

        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/api/v1/export/parcels.csv")).TrimStart('\uFEFF');
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        await reader.ReadAsync();
        reader.ReadHeader();
        Assert.Equal(reader.HeaderRecord, fields.Select(f => f.GetProperty("name").GetString()));

        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            foreach (var field in fields)
            {
                var value = reader.GetField(field.GetProperty("name").GetString()!)!;
                AssertFits(field, value);
            }
        }

        Assert.True(rows >= 14);
    }

    [Fact]
    public async Task The_json_resource_names_the_json_export_properties()
    {
        var package = await _client.GetFromJsonAsync<JsonElement>("/api/v1/export/datapackage.json");
        var jsonResource = package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("format").GetString() == "json");
        var names = jsonResource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString());

        var rows = await _client.GetFromJsonAsync<JsonElement>(jsonResource.GetProperty("path").GetString());
        Assert.Equal(rows[0].EnumerateObject().Select(p => p.Name), names);
    }

    private static void AssertFits(JsonElement field, string value)
    {
        var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
        var required = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("required", out var r) && r.GetBoolean();
        if (value.Length == 0)
        {
            Assert.False(required, $"{field.GetProperty("name")} is required but empty");
            return;
        }

        var fits = field.GetProperty("type").GetString() switch
        {
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "string" => true,
            var other => throw new InvalidOperationException($"unexpected type {other}"),
        };
        Assert.True(fits, $"{field.GetProperty("name")}: '{value}' is not a {field.GetProperty("type")}");
        if (constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var values))
        {
            Assert.Contains(value, values.EnumerateArray().Select(v => v.GetString()));
        }
    }
}
