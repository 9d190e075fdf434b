using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// The wording matrix of /stats/declarations: a row per wording class, each with its most reported wordings; a
/// column per customs point (most reported first); a tally per cell (absent: no report there).
/// </summary>
public sealed record WordingMatrix(IReadOnlyList<string> PointCodes, IReadOnlyList<WordingMatrixRow> Classes)
{
    public static WordingMatrix Empty { get; } = new([], []);
}

/// <summary>One row of the matrix: a class (with <see cref="Wordings"/>) or one wording of it (without).</summary>
public sealed record WordingMatrixRow(
    WordingClass WordingClass, string? Wording, IReadOnlyDictionary<string, OutcomeTally> Cells, IReadOnlyList<WordingMatrixRow> Wordings)
{
    public int Reports => Cells.Values.Sum(c => c.Reports);
}
