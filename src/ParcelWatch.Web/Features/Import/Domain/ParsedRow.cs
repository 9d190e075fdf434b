using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>One spreadsheet row read into a report request and its outcome events, or the cells that could not be read.</summary>
public sealed record ParsedRow(ParcelRequest Request, IReadOnlyList<OutcomeEventFact> Events, IReadOnlyList<(ImportField Field, RowProblem Problem)> Problems);
