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

    [Fact]
    public void Engine_sums_read_the_same_by_index_and_by_name_and_add_up_to_England()
    {
        using var workload = new EngineWorkload(practices: 60, months: 4);
        var sums = workload.EngineSums(Level.Icb);
        var month = workload.Panel.First.Plus(2);

        Assert.Equal(Level.Icb, sums.Level);
        Assert.Equal(workload.Panel.Last.MonthsSince(workload.Panel.First) + 1, sums.Months);
        Assert.Equal(workload.Panel.First, sums.First);
        Assert.Equal(BenchIndicators.Count, sums.Indicators.Count);
        Assert.Equal(workload.IcbCodes.Order(StringComparer.Ordinal), sums.AreaCodes.Order(StringComparer.Ordinal));
        var id = sums.Indicators[3].Id;
        var byName = sums.Get(id, sums.AreaCodes[1], month);
        Assert.Equal(sums[3, 1, 2], byName);
        Assert.True(byName.Count > 0 && byName.Denominator > 0, "the cell read is empty, so the comparison proves nothing");
        var england = sums.England(id, month);
        var areas = Enumerable.Range(0, sums.AreaCodes.Count).Select(a => sums[3, a, 2]).ToList();
        Assert.Equal(areas.Sum(a => a.Count), england.Count);
        Assert.Equal(areas.Sum(a => a.Numerator), england.Numerator, 6);
    }

    [Fact]
    public void Engine_sums_name_the_indicator_area_or_month_they_do_not_hold()
    {
        using var workload = new EngineWorkload(practices: 20, months: 2);
        var sums = workload.EngineSums(Level.Icb);
        var id = sums.Indicators[0].Id;

        Assert.Equal($"indicator NOPE is not among the {BenchIndicators.Count} summed", Assert.Throws<KeyNotFoundException>(() => sums.Get("NOPE", sums.AreaCodes[0], sums.First)).Message);
        Assert.Equal("area ZZZ is not at Icb level in this panel", Assert.Throws<KeyNotFoundException>(() => sums.Get(id, "ZZZ", sums.First)).Message);
        Assert.StartsWith("month ", Assert.Throws<KeyNotFoundException>(() => sums.England(id, sums.First.Plus(sums.Months))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => sums[0, sums.AreaCodes.Count, 0]);
    }
}
