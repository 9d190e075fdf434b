using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>One generated outcome event, as stored in OutcomeEvents (the reporter is its author).</summary>
public sealed record DemoEvent(OutcomeEventKind Kind, DateOnly OccurredOn, string? Note, DateTime CreatedAt);
