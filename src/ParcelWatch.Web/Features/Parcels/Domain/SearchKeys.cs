using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>
/// The normalized copies stored beside what the buyer typed, so that statistics filter and group through indexes
/// instead of scanning: <see cref="Brand"/> for the brand filter (whole value, any case), <see cref="Wording"/> and its <see cref="Class"/> for the
/// declaration insight. Every writer of reports (the API, the demo data) sets them through here.
/// </summary>
public static class SearchKeys
{
    public static string? Brand(string? brand) => string.IsNullOrWhiteSpace(brand) ? null : brand.Trim().ToUpperInvariant();

    public static string Wording(string declarationText) => DeclarationWording.Normalize(declarationText);

    /// <summary>The class of a stored wording (<see cref="Wording"/>): phone, brand or other.</summary>
    public static WordingClass Class(string wording) => WordingClassifier.Classify(wording);
}
