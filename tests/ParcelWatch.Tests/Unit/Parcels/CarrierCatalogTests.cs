using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Tests.Unit.Parcels;

public sealed class CarrierCatalogTests
{
    [Theory]
    [InlineData("CN", "China Post", "China")]
    [InlineData("HK", "Hongkong Post", "Hong Kong")]
    [InlineData("SG", "Singapore Post (SingPost)", "Singapore")]
    [InlineData("RU", "Russian Post", "Russia")]
    [InlineData("FI", "Posti", "Finland")]
    [InlineData("EE", "Omniva (Eesti Post)", "Estonia")]
    public void Country_suffix_names_the_operator(string code, string operatorEn, string countryEn)
    {
        var carrier = CarrierCatalog.Find(code);

        Assert.NotNull(carrier);
        Assert.Equal(code, carrier.Code);
        Assert.Equal(operatorEn, carrier.OperatorEn);
        Assert.Equal(countryEn, carrier.CountryEn);
    }

    [Fact]
    public void Russian_names_are_loaded()
    {
        var carrier = CarrierCatalog.Find("CN");

        Assert.Equal("Почта Китая (China Post)", carrier?.OperatorRu);
        Assert.Equal("Китай", carrier?.CountryRu);
    }

    [Fact]
    public void Lookup_ignores_case() => Assert.Equal("China Post", CarrierCatalog.Find("cn")?.OperatorEn);

    [Theory]
    [InlineData("XX")]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData("CHN")]
    [InlineData(null)]
    public void Unknown_suffix_has_no_carrier(string? code) => Assert.Null(CarrierCatalog.Find(code));

    [Fact]
    public void Catalogue_is_complete_and_codes_are_unique()
    {
        var codes = CarrierCatalog.All.Select(c => c.Code).ToList();

        Assert.Equal(35, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(CarrierCatalog.All, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.CountryEn));
            Assert.False(string.IsNullOrWhiteSpace(c.CountryRu));
            Assert.False(string.IsNullOrWhiteSpace(c.OperatorEn));
            Assert.False(string.IsNullOrWhiteSpace(c.OperatorRu));
        });
    }
}
