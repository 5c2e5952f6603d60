using System.Xml.Linq;

namespace Analysis.Indicators.Tests.Engine;

public sealed class EngineApiIsDocumented
{
    private static readonly Type[] EngineTypes =
    [
        typeof(IndicatorEngine), typeof(EngineOptions), typeof(Level), typeof(IndicatorResults), typeof(IndicatorValue),
        typeof(IndicatorCoverage), typeof(ReasonCount), typeof(FunnelSignal), typeof(InequalityResult),
    ];

    [Fact]
    public void Every_public_engine_type_and_member_has_a_summary()
    {
        var xml = XDocument.Load(Path.ChangeExtension(typeof(IndicatorEngine).Assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => ((string)m.Attribute("name")!).Split('(')[0])
            .ToHashSet(StringComparer.Ordinal);

        var missing = EngineTypes.SelectMany(t => new[] { "T:" + t.FullName }
                .Concat(t.GetProperties().Where(p => p.DeclaringType == t).Select(p => $"P:{t.FullName}.{p.Name}"))
                .Concat(t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName && !m.IsVirtual && m.Name != "Deconstruct" && m.Name != "<Clone>$").Select(m => $"M:{t.FullName}.{m.Name}")))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.Empty(missing);
    }
}
