using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;

namespace ParcelWatch.Tests.Unit.Moderation;

public sealed class MergeableFieldsTests
{
    [Fact]
    public void Every_field_written_from_another_reports_text_reads_back_the_same()
    {
        var source = Report("Xiaomi", "Redmi 4X", ProductCategory.Phone, "CN", "Android phone, $150", 149.5m, "USD", new DateOnly(2017, 4, 3));
        var target = Report(null, null, ProductCategory.Other, null, "gift", null, null, null);

        foreach (var field in MergeableFields.All)
        {
            MergeableFields.Write(target, field, MergeableFields.Read(source, field));
        }

        Assert.All(MergeableFields.All, field => Assert.Equal(MergeableFields.Read(source, field), MergeableFields.Read(target, field)));
        Assert.Equal((149.5m, "USD", new DateOnly(2017, 4, 3)), (target.DeclaredValue, target.Currency, target.ShippedOn));
    }

    [Fact]
    public void Writing_the_brand_or_declaration_keeps_the_search_keys_in_step()
    {
        var report = Report("Xiaomi", null, ProductCategory.Phone, null, "cell phone", null, null, null);

        MergeableFields.Write(report, MergeableFields.Brand, " redmi ");
        MergeableFields.Write(report, MergeableFields.DeclarationText, "ANDROID PHONE $150");

        Assert.Equal(("REDMI", "android phone"), (report.BrandKey, report.DeclarationWording));
    }

    [Fact]
    public void Empty_values_read_as_null_and_clear_the_field()
    {
        var report = Report("Xiaomi", "Redmi 4X", ProductCategory.Phone, "CN", "cell phone", 150m, "USD", new DateOnly(2017, 4, 3));

        MergeableFields.Write(report, MergeableFields.DeclaredValue, null);
        MergeableFields.Write(report, MergeableFields.ShippedOn, null);
        MergeableFields.Write(report, MergeableFields.Brand, null);

        Assert.Equal(((decimal?)null, (string?)null, (DateOnly?)null, (string?)null, (string?)null), (report.DeclaredValue, report.Currency, report.ShippedOn, report.Brand, report.BrandKey));
        Assert.Null(MergeableFields.Read(report, MergeableFields.DeclaredValue));
    }

    [Fact]
    public void Identity_fields_are_not_mergeable()
    {
        Assert.DoesNotContain("trackingNumber", MergeableFields.All);
        Assert.Throws<ArgumentOutOfRangeException>(() => MergeableFields.Read(Report(null, null, ProductCategory.Phone, null, "x", null, null, null), "trackingNumber"));
    }

    private static ParcelReport Report(
        string? brand, string? model, ProductCategory category, string? carrier, string declaration, decimal? value, string? currency, DateOnly? shippedOn) => new()
        {
            ReporterId = "r",
            TrackingNumber = "RA123456785CN",
            Brand = brand,
            Model = model,
            Category = category,
            CarrierCode = carrier,
            DeclarationText = declaration,
            DeclaredValue = value,
            Currency = currency,
            ShippedOn = shippedOn,
        };
}
