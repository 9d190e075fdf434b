using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Tests.Unit;

/// <summary>The app embeds copies of shared/data; these tests fail when a copy drifts from the source.</summary>
public sealed class ReferenceDataTests
{
    [Theory]
    [InlineData("customs-points.json")]
    [InlineData("carriers.json")]
    [InlineData("s10-service-indicators.json")]
    public void Embedded_copy_matches_the_shared_file(string fileName)
    {
        var shared = File.ReadAllText(Path.Combine(RepositoryPaths.SharedData, fileName));
        using var reader = new StreamReader(EmbeddedReferenceData.Open(fileName));

        Assert.Equal(shared, reader.ReadToEnd());
    }

    [Fact]
    public void Catalogue_has_the_points_the_seed_articles_name()
    {
        var codes = CustomsPointCatalog.Load().Select(p => p.Code).ToList();

        Assert.Subset(codes.ToHashSet(), new HashSet<string> { "orenburg", "yekaterinburg-koltsovo", "vnukovo", "sheremetyevo" });
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(CustomsPointCatalog.Load(), p => Assert.False(string.IsNullOrWhiteSpace(p.NameRu + p.NameEn + p.CityRu + p.CityEn)));
    }
}
