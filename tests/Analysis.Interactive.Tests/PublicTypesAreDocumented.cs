using System.Xml.Linq;

namespace Analysis.Interactive.Tests;

public sealed class PublicTypesAreDocumented
{
    [Fact]
    public void Every_public_type_has_a_summary_an_analyst_can_read()
    {
        var assembly = typeof(Interactive.Charts).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => System.Text.RegularExpressions.Regex.Replace(((string)m.Attribute("name")!).Split('(')[0], "``\\d+$", string.Empty))
            .ToHashSet(StringComparer.Ordinal);

        var undocumented = assembly.GetExportedTypes()
            .SelectMany(t => new[] { "T:" + t.FullName!.Replace('+', '.') }
                .Concat(t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName && !m.IsVirtual && m.Name is not ("Deconstruct" or "<Clone>$"))
                    .Select(m => $"M:{t.FullName}.{m.Name}"))
                .Concat(t.GetProperties().Where(p => p.DeclaringType == t).Select(p => $"P:{t.FullName}.{p.Name}")))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.Empty(undocumented);
    }
}
