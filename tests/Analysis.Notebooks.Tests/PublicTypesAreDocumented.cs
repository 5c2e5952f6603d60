using System.Xml.Linq;
using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Tests;

public sealed class PublicTypesAreDocumented
{
    [Fact]
    public void Every_public_type_has_a_summary_an_analyst_can_read()
    {
        var assembly = typeof(NotebookFile).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var undocumented = assembly.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.Empty(undocumented);
    }
}
