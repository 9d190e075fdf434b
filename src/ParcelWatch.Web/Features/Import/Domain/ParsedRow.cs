using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// One spreadsheet row read into a report request and its outcome events, the cells that could not be read, and the
/// values the app did not know (a customs point, an outcome word), for the preview to offer a mapping.
/// </summary>
public sealed record ParsedRow(
    ParcelRequest Request,
    IReadOnlyList<OutcomeEventFact> Events,
    IReadOnlyList<(ImportField Field, RowProblem Problem)> Problems,
    IReadOnlyList<(ImportField Field, string Text)> UnknownValues);
