namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>Why a cell could not be read (the report rules themselves are checked after, as for the API).</summary>
public enum RowProblem
{
    UnreadableDate,
    UnreadableNumber,
    UnknownOutcome,
    OutcomeWithoutDate,
    DateWithoutOutcome,

    /// <summary>The volunteer chose to skip the rows holding this cell's value.</summary>
    Skipped,
}
