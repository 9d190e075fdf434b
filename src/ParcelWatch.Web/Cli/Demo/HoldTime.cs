namespace ParcelWatch.Web.Cli.Demo;

/// <summary>Days from arrival at the point to the decision: a log-normal with the given median and 90th percentile.</summary>
public sealed record HoldTime(double MedianDays, double Percentile90Days)
{
    private const double Z90 = 1.2815515655446004; // the standard normal's 90th percentile

    /// <summary>A whole number of days, at least 0 (two draws of <paramref name="random"/>).</summary>
    public int SampleDays(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sigma = Math.Log(Percentile90Days / MedianDays) / Z90;
        var u1 = 1 - random.NextDouble(); // (0, 1], so the logarithm is finite
        var u2 = random.NextDouble();
        var standardNormal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Max(0, (int)Math.Round(MedianDays * Math.Exp(sigma * standardNormal)));
    }
}
