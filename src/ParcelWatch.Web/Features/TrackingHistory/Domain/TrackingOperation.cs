using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>
/// One postal operation as tracking pages name it: its Russian Post code (type.attribute, or a carrier's name for
/// AliExpress/Cainiao lines), the ParcelWatch event it makes (null: read, but no event) and the names it goes by.
/// </summary>
/// <param name="Code">Russian Post's operation code, e.g. <c>14.1</c>; <c>cainiao</c> for AliExpress/Cainiao lines.</param>
/// <param name="Event">The event the operation makes, or null when it is read but makes none (sorting, export...).</param>
/// <param name="Names">The names in Russian and English as pages show them; matched as whole words, ignoring case, ё/е and punctuation.</param>
public sealed record TrackingOperation(string Code, OutcomeEventKind? Event, IReadOnlyList<string> Names)
{
    /// <summary>Whether the operation is done by customs (its place names the customs point).</summary>
    public bool IsCustoms => Event is OutcomeEventKind.ArrivedAtCustoms or OutcomeEventKind.Held
        or OutcomeEventKind.Released or OutcomeEventKind.Returned or OutcomeEventKind.Seized;
}
