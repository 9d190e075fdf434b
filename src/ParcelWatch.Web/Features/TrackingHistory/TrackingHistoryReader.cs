using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.TrackingHistory.Domain;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Web.Features.TrackingHistory;

/// <summary>
/// Reads pasted tracking histories against the active customs points, by their catalogue names and aliases (for the
/// API and the pages alike).
/// </summary>
public sealed class TrackingHistoryReader(CustomsPointDirectory customsPoints)
{
    private TrackingHistoryParser? _parser;

    public async Task<ParsedHistory> ReadAsync(string text, string? trackingNumber, CancellationToken cancellationToken)
    {
        if (_parser is null)
        {
            var points = await customsPoints.ActiveAsync(cancellationToken);
            _parser = new TrackingHistoryParser(new CustomsPointMatcher(
                CustomsPointAliases.NamesOf(points.Select(p => (p.Code, p.NameRu, p.NameEn, p.CityRu, p.CityEn)))
                    .Select(p => new CustomsPointNames(p.Code, p.Names))));
        }

        return _parser.Parse(text, trackingNumber);
    }
}
