namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>
/// Finds the operation a line names, by the longest of the <see cref="TrackingOperations"/> names it holds; between names
/// of the same length, the table's order (operations that make an event come first).
/// </summary>
public static class OperationNames
{
    private static readonly IReadOnlyList<(string[] Words, TrackingOperation Operation)> Names =
        TrackingOperations.All
            .SelectMany(operation => operation.Names.Select(name => (Words: HistoryText.Words(name), Operation: operation)))
            .OrderByDescending(name => name.Words.Length)
            .ToList();

    /// <summary>The operation named in <paramref name="words"/>, or null when the line names none.</summary>
    public static TrackingOperation? Find(IReadOnlyList<string> words) =>
        Names.FirstOrDefault(name => HistoryText.IndexOf(words, name.Words) >= 0).Operation;
}
