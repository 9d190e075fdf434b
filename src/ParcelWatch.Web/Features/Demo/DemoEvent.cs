using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Demo;

/// <summary>One generated outcome event, as stored in OutcomeEvents (the reporter is its author).</summary>
public sealed record DemoEvent(OutcomeEventKind Kind, DateOnly OccurredOn, string? Note, DateTime CreatedAt);
