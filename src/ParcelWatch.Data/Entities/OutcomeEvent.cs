namespace ParcelWatch.Data.Entities;

/// <summary>One dated step of a parcel's customs story.</summary>
public sealed class OutcomeEvent
{
    public int Id { get; set; }

    public int ParcelReportId { get; set; }

    public OutcomeEventKind Kind { get; set; }

    public DateOnly OccurredOn { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedById { get; set; }
}
