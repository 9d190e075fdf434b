namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>Normalizes tracking numbers as people paste them and says what they are.</summary>
public static class TrackingNumbers
{
    /// <summary>
    /// The canonical form of a tracking number: trimmed, upper-case (invariant culture), with every
    /// whitespace and '-' character removed; empty for null.
    /// </summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var upper = input.Trim().ToUpperInvariant();
        return string.Create(upper.Length - upper.Count(IsSeparator), upper, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!IsSeparator(c))
                {
                    span[i++] = c;
                }
            }
        });
    }

    /// <summary>
    /// Normalizes <paramref name="input"/> and, for an S10 number, reports its check digit, service indicator,
    /// country code and carrier. Other formats are reported as <see cref="TrackingNumberFormat.Other"/> with no details,
    /// because the reference data describes no other numbering scheme well enough to name a carrier.
    /// </summary>
    public static TrackingNumberAnalysis Analyze(string? input)
    {
        var normalized = Normalize(input);
        if (!S10.IsS10Format(normalized))
        {
            return new TrackingNumberAnalysis(input ?? string.Empty, normalized, TrackingNumberFormat.Other, null, null, null, null);
        }

        var countryCode = normalized[^2..];
        return new TrackingNumberAnalysis(
            input ?? string.Empty,
            normalized,
            TrackingNumberFormat.S10,
            S10.HasValidCheckDigit(normalized),
            ServiceIndicatorCatalog.Describe(normalized[..2]),
            countryCode,
            CarrierCatalog.Find(countryCode));
    }

    private static bool IsSeparator(char c) => c == '-' || char.IsWhiteSpace(c);
}
