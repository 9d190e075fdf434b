namespace ParcelWatch.Web.Cli.Demo;

/// <summary>The phases of spring 2017 the demo data tells, by date of arrival at the customs point.</summary>
public enum DemoPhase
{
    /// <summary>P0, 03-01 … 03-21: every point passes phones.</summary>
    Baseline = 0,

    /// <summary>P1, 03-22 … 03-31: Orenburg and Yekaterinburg start opening "phone" parcels.</summary>
    CrackdownStarts = 1,

    /// <summary>P2, April: the strict points return most Xiaomi phones declared as phones.</summary>
    Peak = 2,

    /// <summary>P3, May: Yekaterinburg clears May arrivals; Orenburg stays strict.</summary>
    PartialRelease = 3,

    /// <summary>P4, June and July: assumed gradual easing (no seed says anything after May).</summary>
    AssumedEasing = 4,
}
