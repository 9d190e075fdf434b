namespace ParcelWatch.Web.Features.Moderation.Domain;

/// <summary>
/// The reports of one comparison block (same point, brand and model) shipped in the last few days, indexed by pieces
/// of their tracking numbers' serial part (the digits between the letter prefix and suffix, which carry the typos;
/// the prefix and suffix are shared by every number of a carrier and would make everyone a neighbour). Two serials of
/// the same length that differ in at most <see cref="Pieces"/> − 1 characters agree on at least one of
/// <see cref="Pieces"/> pieces in the same place (pigeonhole), so a new report is compared only with the reports that
/// share a piece, not with the whole window. A typo in the letters is not looked for.
/// </summary>
public sealed class TrackingNumberWindow
{
    public const int Pieces = 4;

    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly Queue<CandidateFacts> _byDate = new();
    private readonly Dictionary<string, List<CandidateFacts>> _byPiece = new(StringComparer.Ordinal);

    /// <summary>Drops the reports that can no longer pair with <paramref name="next"/> (reports arrive in block and date order).</summary>
    public void Advance(CandidateFacts next)
    {
        while (_byDate.TryPeek(out var oldest) && !DuplicateScore.AreComparable(oldest, next))
        {
            _byDate.Dequeue();
            foreach (var key in Keys(oldest.TrackingNumber))
            {
                _byPiece[key].Remove(oldest);
            }
        }
    }

    /// <summary>The reports in the window that share a piece of the tracking number with <paramref name="report"/>.</summary>
    public IEnumerable<CandidateFacts> Neighbours(CandidateFacts report) =>
        Keys(report.TrackingNumber)
            .SelectMany(key => _byPiece.TryGetValue(key, out var list) ? list : [])
            .Distinct();

    public void Add(CandidateFacts report)
    {
        _byDate.Enqueue(report);
        foreach (var key in Keys(report.TrackingNumber))
        {
            if (!_byPiece.TryGetValue(key, out var list))
            {
                _byPiece[key] = list = [];
            }

            list.Add(report);
        }
    }

    private static IEnumerable<string> Keys(string trackingNumber)
    {
        var serial = trackingNumber.AsSpan().TrimStart(Letters).TrimEnd(Letters).ToString();
        var size = Math.Max(1, (serial.Length + Pieces - 1) / Pieces);
        for (var piece = 0; piece * size < serial.Length; piece++)
        {
            var start = piece * size;
            yield return $"{serial.Length}:{piece}:{serial.Substring(start, Math.Min(size, serial.Length - start))}";
        }
    }
}
