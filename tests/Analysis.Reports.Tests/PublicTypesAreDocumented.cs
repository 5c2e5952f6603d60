using System.Xml.Linq;

namespace Analysis.Reports.Tests;

public sealed class PublicTypesAreDocumented
{
    [Fact]
    public void Every_public_type_and_member_has_a_summary_an_analyst_can_read()
    {
        var assembly = typeof(ReportSite).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => (m.Element("summary") ?? m.Element("param")) is { } s && s.Value.Trim().Length > 10)
            .Select(m => ((string)m.Attribute("name")!).Split('(')[0])
            .ToHashSet(StringComparer.Ordinal);
        var parameters = xml.Descendants("member").Where(m => ((string)m.Attribute("name")!).StartsWith("T:", StringComparison.Ordinal))
            .SelectMany(m => m.Elements("param").Select(p => $"P:{((string)m.Attribute("name")!)[2..]}.{(string)p.Attribute("name")!}"))
            .ToHashSet(StringComparer.Ordinal);

        var undocumented = assembly.GetExportedTypes()
            .SelectMany(t => new[] { "T:" + t.FullName!.Replace('+', '.') }
                .Concat(t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName && !m.IsVirtual && m.Name is not ("Deconstruct" or "<Clone>$"))
                    .Select(m => $"M:{t.FullName}.{m.Name}"))
                .Concat(t.GetProperties().Where(p => p.DeclaringType == t && p.Name != "EqualityContract").Select(p => $"P:{t.FullName}.{p.Name}")))
            .Where(id => !documented.Contains(id) && !parameters.Contains(id))
            .ToList();

        Assert.True(assembly.GetExportedTypes().Length >= 6);
        Assert.Empty(undocumented);
    }
}
