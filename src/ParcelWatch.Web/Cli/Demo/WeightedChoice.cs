namespace ParcelWatch.Web.Cli.Demo;

/// <summary>Picks one of a fixed set of items with probability proportional to its weight.</summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one entry needs a positive weight.", nameof(entries));
        }

        _items = list.Select(e => e.Item).ToArray();
        _cumulative = new double[list.Count];
        var sum = 0d;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }

        Total = sum;
    }

    /// <summary>The sum of the weights; the probability of an item is its weight divided by this.</summary>
    public double Total { get; }

    public IEnumerable<(T Item, double Probability)> Probabilities =>
        _items.Select((item, i) => (item, (_cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1])) / Total));

    /// <summary>One item, drawn with a single <see cref="Random.NextDouble"/>.</summary>
    public T Pick(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var target = random.NextDouble() * Total;
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1; // the first cumulative weight above the target
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
