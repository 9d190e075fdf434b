using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Makes the row parser of one import (the real one and its dry run alike): the active customs points with their
/// aliases, and the product catalogue.
/// </summary>
public sealed class ImportParsers(CustomsPointDirectory customsPoints)
{
    public async Task<CsvRowParser> CreateAsync(ImportSettings settings, CancellationToken cancellationToken) =>
        new(settings, await PointNamesAsync(cancellationToken), ProductCatalogue.Embedded);

    /// <summary>Each active point by code, names and cities in Russian and English, and its aliases.</summary>
    public async Task<PointNames> PointNamesAsync(CancellationToken cancellationToken) =>
        PointNames.For(
            CustomsPointAliases.NamesOf((await customsPoints.ActiveAsync(cancellationToken)).Select(p => (p.Code, p.NameRu, p.NameEn, p.CityRu, p.CityEn))),
            CustomsPointAliases.DropWords);
}
