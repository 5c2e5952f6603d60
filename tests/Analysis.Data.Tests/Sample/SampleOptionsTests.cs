using Analysis.Data.Periods;
using Analysis.Data.Sample;

namespace Analysis.Data.Tests.Sample;

public sealed class SampleOptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = SampleOptions.Default;

        Assert.Equal(20261122, options.Seed);
        Assert.Equal(6300, options.Practices);
        Assert.Equal(new FinancialYear(2019), options.FirstYear);
        Assert.Equal(new FinancialYear(2022), options.LastYear);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var options = new SampleOptions { Practices = 10, FirstYear = new FinancialYear(2023), LastYear = new FinancialYear(2021) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("Practices must be between 50 and 20,000 (found 10)", error.Message, StringComparison.Ordinal);
        Assert.Contains("FirstYear 2023-24 is after LastYear 2021-22", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_without_a_written_layout_are_refused()
    {
        var options = new SampleOptions { FirstYear = new FinancialYear(2017) };

        var problem = Assert.Single(options.Problems());

        Assert.Contains("2019-20 to 2023-24", problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SyntheticEngland.Write(Path.GetTempPath(), options));
    }
}
