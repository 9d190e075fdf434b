using System.Globalization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Moderation.Domain;

/// <summary>
/// The descriptive fields of a report where a moderator merging duplicates may pick the duplicate's value over the
/// canonical's. Values travel as invariant text (what a merge stores to undo itself). Identity fields (shop, order
/// and tracking number, customs point) are not offered: a different value there means a different parcel.
/// </summary>
public static class MergeableFields
{
    public const string Brand = "brand";
    public const string Model = "model";
    public const string Category = "category";
    public const string CarrierCode = "carrierCode";
    public const string DeclarationText = "declarationText";

    /// <summary>The declared value together with its currency: one amount, never one without the other.</summary>
    public const string DeclaredValue = "declaredValue";
    public const string ShippedOn = "shippedOn";

    public static IReadOnlyList<string> All { get; } = [Brand, Model, Category, CarrierCode, DeclarationText, DeclaredValue, ShippedOn];

    public static string? Read(ParcelReport report, string field)
    {
        ArgumentNullException.ThrowIfNull(report);
        return field switch
        {
            Brand => report.Brand,
            Model => report.Model,
            Category => report.Category.ToString(),
            CarrierCode => report.CarrierCode,
            DeclarationText => report.DeclarationText,
            DeclaredValue => report.DeclaredValue is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value} {report.Currency}") : null,
            ShippedOn => report.ShippedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a mergeable field."),
        };
    }

    /// <summary>Sets the field from text produced by <see cref="Read"/>, keeping the stored search keys in step.</summary>
    public static void Write(ParcelReport report, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(report);
        switch (field)
        {
            case Brand:
                report.Brand = value;
                report.BrandKey = SearchKeys.Brand(value);
                break;
            case Model:
                report.Model = value;
                break;
            case Category:
                report.Category = Enum.Parse<ProductCategory>(value!);
                break;
            case CarrierCode:
                report.CarrierCode = value;
                break;
            case DeclarationText:
                report.DeclarationText = value!;
                report.DeclarationWording = SearchKeys.Wording(value!);
                report.WordingClass = SearchKeys.Class(report.DeclarationWording);
                break;
            case DeclaredValue:
                var parts = value?.Split(' ', 2);
                report.DeclaredValue = parts is null ? null : decimal.Parse(parts[0], CultureInfo.InvariantCulture);
                report.Currency = parts is null || parts[1].Length == 0 ? null : parts[1];
                break;
            case ShippedOn:
                report.ShippedOn = value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Not a mergeable field.");
        }
    }
}
