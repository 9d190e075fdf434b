namespace ParcelWatch.Web.Cli.Demo;

/// <summary>A postal operator in the demo, by its S10 country suffix, with its share of reports and route.</summary>
public sealed record DemoCarrier(string Code, double Share, DemoRoute Route);
