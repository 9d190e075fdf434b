namespace ParcelWatch.Data.Entities;

/// <summary>One buyer's report of one parcel: what was inside, how it was declared, where it was cleared, what happened.</summary>
public sealed class ParcelReport
{
    public int Id { get; set; }

    public required string ReporterId { get; set; }

    public ApplicationUser? Reporter { get; set; }

    public Shop Shop { get; set; }

    /// <summary>The shop's order number; private to the reporter and moderators.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>Normalized: upper case, no spaces or dashes.</summary>
    public required string TrackingNumber { get; set; }

    /// <summary>The S10 country suffix of the carrier, inferred from the tracking number or given by the reporter.</summary>
    public string? CarrierCode { get; set; }

    public int CustomsPointId { get; set; }

    public CustomsPoint? CustomsPoint { get; set; }

    public string? Brand { get; set; }

    /// <summary>The brand trimmed and upper-cased, for the statistics' brand filter.</summary>
    public string? BrandKey { get; set; }

    public string? Model { get; set; }

    public ProductCategory Category { get; set; }

    /// <summary>The CN22 declaration wording, as written on the parcel.</summary>
    public required string DeclarationText { get; set; }

    /// <summary>The declaration normalized (case, punctuation, value stripped), for the declaration insight; null until computed.</summary>
    public string? DeclarationWording { get; set; }

    /// <summary>What <see cref="DeclarationWording"/> names (phone, brand, other); set with it, null until backfilled.</summary>
    public WordingClass? WordingClass { get; set; }

    public decimal? DeclaredValue { get; set; }

    /// <summary>ISO 4217 code of <see cref="DeclaredValue"/>.</summary>
    public string? Currency { get; set; }

    public DateOnly? ShippedOn { get; set; }

    /// <summary>Derived from <see cref="Events"/>; stored so that statistics need no join.</summary>
    public Outcome Outcome { get; set; }

    /// <summary>Derived: days from arrival (or hold) at customs to the decision; null while pending.</summary>
    public int? DaysHeld { get; set; }

    /// <summary>Derived: the date of the deciding event.</summary>
    public DateOnly? DecidedOn { get; set; }

    public ModerationState ModerationState { get; set; }

    public int? DuplicateOfId { get; set; }

    /// <summary>Why a moderator hid the report; shown to its reporter.</summary>
    public string? HiddenReason { get; set; }

    /// <summary>The import that brought the report in; null for reports logged one by one.</summary>
    public Guid? ImportJobId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic-concurrency token, incremented on every change.</summary>
    public int Version { get; set; }

    public List<OutcomeEvent> Events { get; set; } = [];
}
