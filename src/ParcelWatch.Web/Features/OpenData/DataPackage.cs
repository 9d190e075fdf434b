using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>One column of the export, as a Frictionless Table Schema field.</summary>
public sealed record DataField(
    string Name,
    string Type,
    string Description,
    [property: JsonPropertyName("constraints"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DataFieldConstraints? Constraints = null);

public sealed record DataFieldConstraints(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Required = null,
    [property: JsonPropertyName("enum"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Values = null);

/// <summary>
/// The open-data package (Frictionless Data Package v1, <c>tabular-data-package</c>): the CSV and JSON exports as resources,
/// the table schema of <see cref="ExportRow"/> (fields in CSV column order; the JSON export names them in camelCase) and
/// the licence, ODbL 1.0 (ADR-018). docs/open-data.md is the same dictionary for people.
/// </summary>
public static class DataPackage
{
    public const string LicenceName = "ODbL-1.0";

    public const string LicenceUrl = "https://opendatacommons.org/licenses/odbl/1-0/";

    public const string LicenceTitle = "Open Data Commons Open Database License (ODbL) v1.0";

    private static readonly string[] Nothing = [""];

    /// <summary>The fields of <see cref="ExportRow"/>, in its (and the CSV header's) order.</summary>
    public static IReadOnlyList<DataField> Fields { get; } =
    [
        new(nameof(ExportRow.Id), "integer", "The report's number, stable across exports.", new(Required: true)),
        new(nameof(ExportRow.Shop), "string", "Where the item was bought.", new(Required: true, Values: Enum.GetNames<Shop>())),
        new(nameof(ExportRow.CarrierCode), "string", "The carrier, as the two letters ending its S10 tracking numbers (CN = China Post); empty when unknown."),
        new(nameof(ExportRow.CustomsPoint), "string", "The customs point's code (see /api/v1/customs-points).",
            new(Required: true, Values: CustomsPointCatalog.Load().Select(p => p.Code).ToList())),
        new(nameof(ExportRow.Brand), "string", "The brand as the buyer wrote it; empty when not given."),
        new(nameof(ExportRow.Model), "string", "The model as the buyer wrote it; empty when not given."),
        new(nameof(ExportRow.Category), "string", "The kind of goods; Unknown when an imported sheet did not say.", new(Required: true, Values: Enum.GetNames<ProductCategory>())),
        new(nameof(ExportRow.DeclarationText), "string", "The customs declaration's wording, as written on the parcel.", new(Required: true)),
        new(nameof(ExportRow.DeclaredValue), "number", "The declared value in Currency; empty when not given."),
        new(nameof(ExportRow.Currency), "string", "ISO 4217 code of the declared value; empty when not given."),
        new(nameof(ExportRow.ShippedOn), "date", "The day the parcel was shipped (ISO 8601); empty when unknown."),
        new(nameof(ExportRow.Outcome), "string", "What customs did: Passed, Returned, Seized, or Pending while undecided.", new(Required: true, Values: Enum.GetNames<Outcome>())),
        new(nameof(ExportRow.DaysHeld), "integer", "Days from arrival at customs to the decision; empty when not known."),
        new(nameof(ExportRow.DecidedOn), "date", "The day customs decided; empty while pending."),
        new(nameof(ExportRow.ReportedOn), "date", "The day the report was made (the day only, never the time).", new(Required: true)),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static JsonHttpResult<object> Describe(HttpContext context)
    {
        // Dates are ISO 8601 in both exports: the Table Schema's default date format, so no field declares one.
        object Schema(Func<string, string> name) => new
        {
            fields = Fields.Select(f => f with { Name = name(f.Name) }),
            missingValues = Nothing,
            primaryKey = name(nameof(ExportRow.Id)),
        };

        var descriptor = new
        {
            profile = "tabular-data-package",
            name = "parcelwatch-parcels",
            title = "ParcelWatch: parcels through Russian customs, reported by buyers",
            description = "Every visible report (never hidden ones or duplicates), anonymized: no order or tracking number, no reporter. See docs/open-data.md.",
            homepage = OpenDataEndpoints.Absolute(context, "stats").AbsoluteUri,
            licenses = new[] { new { name = LicenceName, path = LicenceUrl, title = LicenceTitle } },
            resources = new object[]
            {
                new
                {
                    name = "parcels-csv", path = OpenDataEndpoints.Absolute(context, "api/v1/export/parcels.csv").AbsoluteUri,
                    profile = "tabular-data-resource", format = "csv", mediatype = "text/csv", encoding = "utf-8-sig",
                    schema = Schema(n => n),
                },
                new
                {
                    name = "parcels-json", path = OpenDataEndpoints.Absolute(context, "api/v1/export/parcels.json").AbsoluteUri,
                    profile = "data-resource", format = "json", mediatype = "application/json", encoding = "utf-8",
                    description = "The same rows as a JSON array of objects; property names are the CSV columns in camelCase, enums as names, dates in ISO 8601.",
                    schema = Schema(JsonNamingPolicy.CamelCase.ConvertName),
                },
            },
        };
        return TypedResults.Json<object>(descriptor, Json, "application/json");
    }
}
