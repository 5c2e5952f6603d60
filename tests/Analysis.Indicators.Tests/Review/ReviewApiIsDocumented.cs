using System.Xml.Linq;
using Analysis.Indicators.Review;

namespace Analysis.Indicators.Tests.Review;

public sealed class ReviewApiIsDocumented
{
    [Fact]
    public void Every_public_review_type_and_member_has_a_summary()
    {
        var xml = XDocument.Load(Path.ChangeExtension(typeof(IndicatorReview).Assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => m.Element("summary") is { } s && s.Value.Trim().Length > 10)
            .Select(m => ((string)m.Attribute("name")!).Split('(')[0])
            .ToHashSet(StringComparer.Ordinal);
        var types = typeof(IndicatorReview).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(IndicatorReview).Namespace).ToList();

        var missing = types.SelectMany(t => new[] { "T:" + t.FullName }
                .Concat(t.GetProperties().Where(p => p.DeclaringType == t && !IsPositional(t, p.Name)).Select(p => $"P:{t.FullName}.{p.Name}"))
                .Concat(t.GetMethods().Where(m => m.DeclaringType == t && !m.IsSpecialName && !m.IsVirtual && m.Name is not ("Deconstruct" or "<Clone>$")).Select(m => $"M:{t.FullName}.{m.Name}")))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.True(types.Count >= 15, $"found only {types.Count} review types");
        Assert.Empty(missing);
    }

    // A positional record's properties are documented by its <param> tags, which the compiler copies to them.
    private static bool IsPositional(Type type, string property) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => p.Name == property)) && type.GetMethod("Deconstruct") is not null;
}
