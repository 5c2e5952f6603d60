using System.Reflection;
using System.Xml.Linq;

namespace Analysis.Testing;

/// <summary>Checks a library's XML documentation: every public type carries a summary an analyst can read.</summary>
public static class Documentation
{
    /// <summary>The ids (<c>T:Namespace.Type</c>) of the assembly's public types whose summary is missing or under ten characters.</summary>
    public static IReadOnlyList<string> UndocumentedPublicTypes(Assembly assembly)
    {
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        return assembly.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.Contains(id))
            .ToList();
    }
}
