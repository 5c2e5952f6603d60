using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Analysis.Indicators.Engine.Expressions;

/// <summary>
/// Words the reason a row left an indicator, from the member path that came up empty:
/// <c>p.Workforce</c> null is "no workforce record", <c>p.WeightedPatients</c> null is "no weighted patients".
/// </summary>
internal static partial class ReasonText
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gp"] = "GP", ["gps"] = "GPs", ["fte"] = "FTE", ["qof"] = "QOF", ["pcn"] = "PCN", ["icb"] = "ICB", ["imd"] = "IMD",
        ["dpc"] = "DPC", ["pms"] = "PMS", ["mpig"] = "MPIG", ["ods"] = "ODS", ["nhs"] = "NHS",
    };

    /// <summary>The object at <paramref name="path"/> was null, so a member of it could not be read.</summary>
    public static string NoRecord(Expression path) => PathOf(path) switch
    {
        [var only] => $"no {only} record",
        [var first, .., var last] => $"no {last} in {first} record",
        _ => $"nothing to read in {path}",
    };

    /// <summary>The value at <paramref name="path"/> was null.</summary>
    public static string NoValue(Expression path) => PathOf(path) switch
    {
        [var only] => $"no {only}",
        [var first, .., var last] => $"no {last} in {first} record",
        _ => $"no value for {path}",
    };

    /// <summary>The dictionary at <paramref name="dictionary"/> had no entry for the key.</summary>
    public static string NoEntry(Expression dictionary, Expression key) =>
        (PathOf(dictionary), Text(key)) switch
        {
            ([var only], var k) => $"no {k} in {only} record",
            ([var first, .., var last], var k) => $"no {k} in {last} of {first} record",
            (_, var k) => $"no {k} in {dictionary}",
        };

    /// <summary>A part of the expression threw; the row is left out rather than the run stopped.</summary>
    public static string Failed(Expression expression) => $"could not evaluate {expression}";

    /// <summary>PascalCase member name as lower-case words, keeping acronyms: QualifiedGpFte is "qualified GP FTE".</summary>
    public static string Words(string name) =>
        string.Join(' ', WordPattern().Matches(name).Select(m => Acronyms.TryGetValue(m.Value, out var a) ? a : m.Value.ToLowerInvariant()));

    private static List<string>? PathOf(Expression expression) => expression switch
    {
        ParameterExpression => [],
        MemberExpression { Expression: { } inner } m => PathOf(inner) is { } path ? [.. path, Words(m.Member.Name)] : null,
        MethodCallExpression { Object: { } inner, Method.Name: "get_Item", Arguments: [var key] } => PathOf(inner) is { } path ? [.. path, Text(key)] : null,
        UnaryExpression { NodeType: ExpressionType.Convert } u => PathOf(u.Operand),
        _ => null,
    };

    private static string Text(Expression key) => key is ConstantExpression { Value: { } value }
        ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? key.ToString()
        : key.ToString();

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z][a-z]*|[0-9]+|[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
