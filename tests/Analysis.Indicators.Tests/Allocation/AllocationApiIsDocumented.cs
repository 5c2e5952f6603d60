using System.Xml.Linq;

namespace Analysis.Indicators.Tests.Allocation;

public sealed class AllocationApiIsDocumented
{
    private static readonly Type[] AllocationTypes =
    [
        typeof(Indicators.Allocation), typeof(AllocationRule), typeof(BeforeAfter<>), typeof(AllocationPractice), typeof(AllocatedPractice),
        typeof(AreaAllocation), typeof(AllocationSummary), typeof(AllocationResult),
    ];

    [Fact]
    public void Every_public_allocation_type_and_member_has_a_summary()
    {
        var xml = XDocument.Load(Path.ChangeExtension(typeof(Indicators.Allocation).Assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => ((string)m.Attribute("name")!).Split('(')[0])
            .ToHashSet(StringComparer.Ordinal);

        var missing = AllocationTypes.SelectMany(t => new[] { "T:" + t.FullName }
                .Concat(t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName && !m.IsVirtual && m.Name is not ("Deconstruct" or "<Clone>$")).Select(m => $"M:{t.FullName}.{m.Name}")))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.Empty(missing);
    }
}
