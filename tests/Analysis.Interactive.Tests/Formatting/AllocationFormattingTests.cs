using System.Text.RegularExpressions;
using Analysis.Indicators.Allocation;
using Analysis.Interactive.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;
using Xunit.Abstractions;

namespace Analysis.Interactive.Tests.Formatting;

/// <summary>The notebook's allocation scenario on the built-in sample: 5,000 FTE by every rule, shown side by side and one by one.</summary>
[Collection(FormattingCollection.Name)]
public sealed class AllocationFormattingTests
{
    private readonly SampleResults _sample;
    private readonly ITestOutputHelper _output;

    public AllocationFormattingTests(SampleResults sample, ITestOutputHelper output)
    {
        _sample = sample;
        _output = output;
        Formatters.Register();
    }

    [Fact]
    public void The_three_rules_show_one_row_each_and_one_allocation_its_summary_and_worst_icbs()
    {
        var practices = Allocation.PracticesFrom(_sample.Practices, "SF01", _sample.Panel);
        var results = Allocation.Compare(practices);
        var compared = results.ToDisplayString("text/plain");
        _output.WriteLine(compared);

        Assert.Matches(@"In proportion to need\s+5,000", compared);
        Assert.Matches(@"Largest shortfall first\s+5,000", compared);
        Assert.Matches(@"Equal per practice\s+5,000", compared);

        var one = results[1].ToDisplayString("text/html");
        Assert.Contains("<caption>Before and after</caption>", one, StringComparison.Ordinal);
        Assert.Equal(2 * 10, Regex.Count(one, " (short|over)</td>"));
        Assert.Contains("… 42 rows in all; the first 10 shown", one, StringComparison.Ordinal);
    }
}
