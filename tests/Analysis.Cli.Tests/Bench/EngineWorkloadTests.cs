using Analysis.Cli.Bench.Workloads;
using Analysis.Indicators;

namespace Analysis.Cli.Tests.Bench;

public sealed class EngineWorkloadTests
{
    [Theory]
    [InlineData(Level.Icb)]
    [InlineData(Level.Practice)]
    public void The_engine_and_DuckDB_compute_the_same_sums_in_every_month(Level level)
    {
        using var workload = new EngineWorkload(practices: 60, months: 4);

        for (var month = workload.Panel.First; month <= workload.Panel.Last; month = month.Plus(1))
        {
            Assert.Empty(workload.Disagreements(level, month));
        }

        Assert.True(workload.DuckDbSums(level) > 0, "DuckDB summed nothing: the comparison would be empty");
    }
}
