using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ParcelWatch.Benchmarks;

/// <summary>
/// <c>micro</c>: <see cref="DomainBenchmarks"/> with BenchmarkDotNet, in this process (no generated project to build)
/// and a short job (3 warm-ups, 5 iterations) so that the whole harness stays within its time. Each rule is reported as
/// calls per second and as its rate divided by the baseline's.
/// </summary>
internal static class MicroSuite
{
    public const string Name = "micro";

    public static void Run(ResultTable table)
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1);
        var config = ManualConfig.CreateMinimumViable().AddJob(job).WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<DomainBenchmarks>(config);
        var means = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .ToDictionary(r => r.BenchmarkCase.Descriptor, r => r.ResultStatistics!.Mean);
        var baseline = means.Single(m => m.Key.Baseline).Value;
        foreach (var (benchmark, nanoseconds) in means)
        {
            // As a rate: a million calls, in the time the mean says they take.
            table.Add(Name, $"{benchmark.WorkloadMethodDisplayInfo.Trim('\'')} ({nanoseconds:F0} ns/call)", 1_000_000, TimeSpan.FromMilliseconds(nanoseconds), baseline / nanoseconds);
        }
    }
}
