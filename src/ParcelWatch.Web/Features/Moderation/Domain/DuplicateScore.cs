using F23.StringSimilarity;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Moderation.Domain;

/// <summary>What the duplicate detection compares of a report; only visible reports are candidates.</summary>
public sealed record CandidateFacts(
    int Id,
    string TrackingNumber,
    Shop Shop,
    string? OrderNumber,
    int CustomsPointId,
    string? Brand,
    string? Model,
    DateOnly? ShippedOn,
    string DeclarationText,
    decimal? DeclaredValue,
    string? Currency,
    bool IsVisible = true);

/// <summary>How likely two reports are the same parcel, and why.</summary>
public sealed record PairScore(double Score, IReadOnlyList<string> Reasons)
{
    public bool IsCertain => Score >= 1;
}

/// <summary>
/// Scores a pair of reports. Certain (1.0): the same tracking number, or the same shop and order number.
/// Fuzzy: a mistyped tracking number. Only reports of the same customs point, brand and model (ignoring case)
/// shipped at most <see cref="MaximumDaysApart"/> days apart whose tracking numbers have a normalized Levenshtein
/// similarity of at least <see cref="MinimumTrackingSimilarity"/> (one wrong character of 13 gives 0.92, three give
/// 0.77) are scored: 0.3 + 0.4 × tracking-number similarity + 0.2 × declaration similarity + 0.1 if the declared
/// value is the same; a candidate from <see cref="Threshold"/> on. Different parcels that agree on everything else
/// are not candidates, since tracking numbers of different parcels share little.
/// </summary>
public static class DuplicateScore
{
    public const double Threshold = 0.8;
    public const double MinimumTrackingSimilarity = 0.8;
    public const int MaximumDaysApart = 3;

    public const string SameTrackingNumber = "sameTrackingNumber";
    public const string SameShopOrder = "sameShopOrder";
    public const string SamePointBrandModel = "samePointBrandModel";
    public const string ShippedDaysApart = "shippedWithinDays";
    public const string SimilarTrackingNumber = "similarTrackingNumber";
    public const string SimilarDeclaration = "similarDeclaration";
    public const string SameDeclaredValue = "sameDeclaredValue";

    private static readonly NormalizedLevenshtein Levenshtein = new();

    /// <summary>The pair's score and reasons, or null when it is not a candidate.</summary>
    public static PairScore? Score(CandidateFacts a, CandidateFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var certain = new List<string>();
        if (a.TrackingNumber == b.TrackingNumber)
        {
            certain.Add(SameTrackingNumber);
        }

        if (a.OrderNumber is not null && a.Shop == b.Shop && a.OrderNumber == b.OrderNumber)
        {
            certain.Add(SameShopOrder);
        }

        return certain.Count > 0 ? new PairScore(1, certain) : Fuzzy(a, b);
    }

    /// <summary>Whether two reports are in the same comparison block: same point, brand and model, close shipping dates.</summary>
    public static bool AreComparable(CandidateFacts a, CandidateFacts b) =>
        a.CustomsPointId == b.CustomsPointId
        && a.Brand is not null && string.Equals(a.Brand, b.Brand, StringComparison.OrdinalIgnoreCase)
        && a.Model is not null && string.Equals(a.Model, b.Model, StringComparison.OrdinalIgnoreCase)
        && a.ShippedOn is { } shippedA && b.ShippedOn is { } shippedB
        && Math.Abs(shippedA.DayNumber - shippedB.DayNumber) <= MaximumDaysApart;

    /// <summary>
    /// Whether a fuzzy score is worth computing: comparable, with tracking numbers similar enough. Needs only the
    /// tracking number, point, brand, model and shipping date, so a scan can sift pairs before reading the rest.
    /// </summary>
    public static bool MayBeSameParcel(CandidateFacts a, CandidateFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return AreComparable(a, b) && Levenshtein.Similarity(a.TrackingNumber, b.TrackingNumber) >= MinimumTrackingSimilarity;
    }

    private static PairScore? Fuzzy(CandidateFacts a, CandidateFacts b)
    {
        if (!MayBeSameParcel(a, b))
        {
            return null;
        }

        var tracking = Levenshtein.Similarity(a.TrackingNumber, b.TrackingNumber);

        var declaration = Levenshtein.Similarity(a.DeclarationText.ToUpperInvariant(), b.DeclarationText.ToUpperInvariant());
        var sameValue = a.DeclaredValue is not null && a.DeclaredValue == b.DeclaredValue && a.Currency == b.Currency;
        var score = 0.3 + (0.4 * tracking) + (0.2 * declaration) + (sameValue ? 0.1 : 0);
        if (score < Threshold)
        {
            return null;
        }

        var reasons = new List<string> { SimilarTrackingNumber, SamePointBrandModel, ShippedDaysApart };

        if (declaration >= 0.8)
        {
            reasons.Add(SimilarDeclaration);
        }

        if (sameValue)
        {
            reasons.Add(SameDeclaredValue);
        }

        return new PairScore(Math.Round(score, 3), reasons);
    }
}
