namespace ParcelWatch.Web.Features.Stats.Domain;

/// <summary>A proportion's confidence interval, both ends within [0, 1].</summary>
public readonly record struct Interval(double Low, double High);

/// <summary>
/// The Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3), which stays
/// honest for small samples and for rates near 0 or 1, unlike the normal approximation.
/// </summary>
public static class Wilson
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The 95% interval of <paramref name="successes"/> out of <paramref name="trials"/>; null when there are no trials.</summary>
    public static Interval? Interval95(int successes, int trials) => Compute(successes, trials, Z95);

    public static Interval? Compute(int successes, int trials, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return null;
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = p + z2 / (2 * n);
        var margin = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        var denominator = 1 + z2 / n;
        return new Interval(Math.Max(0, (centre - margin) / denominator), Math.Min(1, (centre + margin) / denominator));
    }
}
