using System.Xml.Linq;

namespace Analysis.Indicators.Tests.Allocation;

public sealed class AllocationApiIsDocumented
{
    [Fact]
    public void Every_public_allocation_type_and_member_has_a_summary()
    {
        var assembly = typeof(Analysis.Indicators.Allocation.Allocation).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => ((string)m.Attribute("name")!).Split('(')[0])
            .ToHashSet(StringComparer.Ordinal);
        var types = assembly.GetExportedTypes().Where(t => t.Namespace == "Analysis.Indicators.Allocation").ToList();

        var missing = types.Select(t => "T:" + t.FullName!.Split('`')[0] + (t.IsGenericType ? "`1" : string.Empty))
            .Concat(types.Where(t => !t.IsGenericType).SelectMany(t => t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName && !m.IsVirtual && m.Name is not ("Deconstruct" or "<Clone>$")).Select(m => $"M:{t.FullName}.{m.Name}")))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.Equal(8, types.Count);
        Assert.Empty(missing);
    }
}
