namespace ParcelWatch.Web.Cli.Demo;

/// <summary>How a carrier's parcels are spread over the customs points (a synthetic assumption).</summary>
public enum DemoRoute
{
    /// <summary>Any point; takes whatever the other routes leave, so that the point shares hold overall.</summary>
    Mixed = 0,

    /// <summary>Singapore Post: 75% Vnukovo, 15% Sheremetyevo, 10% the others.</summary>
    SingaporeHub = 1,

    /// <summary>Posti (Finland): more often Yekaterinburg and Orenburg.</summary>
    FinlandStrict = 2,

    /// <summary>NL, CH, SE: mostly Moscow, GearBest-heavy.</summary>
    EuropeMoscow = 3,
}
