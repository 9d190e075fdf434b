namespace ParcelWatch.Web.Cli.Demo;

/// <summary>How many rows <see cref="DemoDataWriter"/> inserted.</summary>
public sealed record DemoWriteResult(int Reports, int Events);
