using FsCheck;
using FsCheck.Fluent;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Integration.Stats;

/// <summary>
/// Random sequences of every kind of write that moves a statistic (create, edit, event, delete, merge, undo, hide,
/// unhide, import, erase), through the HTTP API of the real app on SQLite and on PostgreSQL: after each write, the
/// maintained counts (<c>StatsCells</c>, kept by the database triggers) equal a full recount from the reports.
/// A failure prints the shrunk sequence and FsCheck's seed to replay it.
/// </summary>
public sealed class MaintainedStatsPropertyTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    private const int Sequences = 6;
    private const int LongestSequence = 12;

    private static Gen<StatsWrite> Writes =>
        from kind in Gen.Frequency(
            (4, Gen.Constant(StatsWriteKind.Create)), (2, Gen.Constant(StatsWriteKind.Edit)), (4, Gen.Constant(StatsWriteKind.Event)),
            (1, Gen.Constant(StatsWriteKind.Delete)), (2, Gen.Constant(StatsWriteKind.Merge)), (1, Gen.Constant(StatsWriteKind.Undo)),
            (1, Gen.Constant(StatsWriteKind.Hide)), (1, Gen.Constant(StatsWriteKind.Unhide)), (1, Gen.Constant(StatsWriteKind.Import)),
            (1, Gen.Constant(StatsWriteKind.Erase)))
        from a in Gen.Choose(0, 100)
        from b in Gen.Choose(0, 100)
        from c in Gen.Choose(0, 100)
        select new StatsWrite(kind, a, b, c);

    [Fact]
    public void After_every_write_the_maintained_counts_equal_a_recount()
    {
        var sequences = Gen.Choose(1, LongestSequence).SelectMany(length => Writes.ArrayOf(length)).ToArbitrary();

        Prop.ForAll(sequences, sequence => RunAsync(sequence).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Sequences).WithMaxRejected(0).WithEndSize(LongestSequence));
    }

    private async Task RunAsync(StatsWrite[] sequence)
    {
        var writes = await StatsWrites.StartAsync(factory);
        for (var i = 0; i < sequence.Length; i++)
        {
            await writes.RunAsync(sequence[i]);
            await writes.AssertMaintainedEqualsRecountAsync($"write {i + 1} of [{string.Join(", ", sequence.Select(w => w.ToString()))}]");
        }
    }
}
