using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed partial class StatisticsApiIsDocumented
{
    [Fact]
    public void Every_public_statistics_type_has_a_summary_and_remarks_citing_its_methods_section()
    {
        var assembly = typeof(Estimate).Assembly;
        var members = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"))
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);

        var types = assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Analysis.Statistics")
            .ToList();
        var problems = types
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !members.TryGetValue(id, out var member)
                || (member.Element("summary")?.Value.Trim().Length ?? 0) <= 10
                || !MethodsSection().IsMatch(member.Element("remarks")?.Value ?? string.Empty))
            .ToList();

        Assert.True(types.Count > 20);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_distribution_helpers_stay_internal() =>
        Assert.DoesNotContain(
            typeof(Estimate).Assembly.GetExportedTypes(),
            t => t.Namespace == "Analysis.Statistics.Distributions");

    [GeneratedRegex(@"METHODS\.md §\d+")]
    private static partial Regex MethodsSection();
}
