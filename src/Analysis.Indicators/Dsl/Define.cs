using System.Runtime.CompilerServices;

namespace Analysis.Indicators;

/// <summary>
/// Starts an indicator in plain C# (a notebook cell or a program), the same fluent API the scripts in
/// <c>indicators/</c> use: <c>Define.Indicator("X01", "...").Rate(per: 10_000)...Build()</c>.
/// </summary>
public static class Define
{
    /// <summary>Starts a proportion, rate, ratio, mean or standardised-ratio indicator.</summary>
    public static IndicatorBuilder Indicator(string id, string title, [CallerFilePath] string path = "", [CallerLineNumber] int line = 0) =>
        new(id, title, new SourceLocation(path, line));

    /// <summary>Starts a shortfall indicator (supply against need at a target rate).</summary>
    public static ShortfallBuilder Shortfall(string id, string title, [CallerFilePath] string path = "", [CallerLineNumber] int line = 0) =>
        new(id, title, new SourceLocation(path, line));
}
