using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Comparison;

/// <summary>A named rewrite applied to both stored and new outputs before they are compared (nbval's "sanitize" rule).</summary>
public sealed record Scrubber(string Name, Regex Pattern, string Replacement)
{
    /// <summary>The text with every match replaced.</summary>
    public string Apply(string text) => Pattern.Replace(text, Replacement);
}
