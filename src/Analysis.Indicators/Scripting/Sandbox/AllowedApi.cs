using System.Reflection;
using Analysis.Data.Panels;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// What an untrusted indicator script may use, by metadata name (<c>System.Func`2</c>): the DSL, the panel
/// row and the records it carries, <c>System.Math</c>, LINQ over sequences and arrays, primitive types,
/// strings, nullables, tuples, indices and ranges. Everything else is refused.
/// </summary>
/// <remarks>
/// Read-only collection interfaces are allowed and the mutable collections (<c>List</c>, <c>Dictionary</c>,
/// <c>HashSet</c>) are not: scripts need LINQ over literals (arrays do that), and the panel's dictionaries,
/// which every script of a run shares, are typed read-only; a script that could name <c>Dictionary</c> could
/// cast one back and change what the scripts after it read.
/// </remarks>
internal static class AllowedApi
{
    /// <summary>Types whose public members a script may use (nested types included).</summary>
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        // Primitive types, strings and the small value types arithmetic on them needs.
        "System.Object", "System.ValueType", "System.Enum", "System.Void",
        "System.Boolean", "System.Char", "System.String",
        "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Single", "System.Double", "System.Decimal",
        "System.Nullable`1", "System.Index", "System.Range",
        "System.Math", "System.MathF", "System.MidpointRounding", "System.StringComparison", "System.StringSplitOptions",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IDisposable",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
        "System.Array", // arrays: LINQ over literals; the members that take a Type are refused through Type

        // The panel's payments records carry open and close dates.
        "System.DateOnly",

        // LINQ over sequences, and the delegates its lambdas become.
        "System.Linq.Enumerable", "System.Linq.IOrderedEnumerable`1", "System.Linq.IGrouping`2", "System.Linq.ILookup`2",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.KeyValuePair`2",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5", "System.Func`6", "System.Func`7", "System.Func`8", "System.Func`9",

        // The DSL: the script globals (with Target, Ci, Dataset), the builders and the choices they take.
        "Analysis.Indicators.IndicatorScript", "Analysis.Indicators.IndicatorBuilder", "Analysis.Indicators.ShortfallBuilder",
        "Analysis.Indicators.IndicatorBuilderBase`1", "Analysis.Indicators.Domain", "Analysis.Indicators.CiMethod",
        "Analysis.Indicators.Polarity", "Analysis.Indicators.ShortfallTarget", "Analysis.Data.Panels.PanelDataset",
    };

    /// <summary>Types a script may name, or convert to, with only the members listed.</summary>
    private static readonly Dictionary<string, HashSet<string>> Partly = new(StringComparer.Ordinal)
    {
        // The type the DSL's lambdas become; its members (Compile, and the factories on Expression) are reflection by another name.
        ["System.Linq.Expressions.Expression`1"] = [],
        // Formatting with the invariant culture; CurrentCulture's setter would change the culture of the whole process.
        ["System.Globalization.CultureInfo"] = ["InvariantCulture"],
        ["System.IFormatProvider"] = [],
    };

    /// <summary>Members refused even on allowed types.</summary>
    private static readonly HashSet<string> Refused = new(StringComparer.Ordinal)
    {
        "System.Object.GetType",             // the way into reflection from any value
        "System.Linq.Enumerable.Cast",       // narrow at run time to a type never named in a cast
        "System.Linq.Enumerable.OfType",
    };

    /// <summary>The panel row and every type of ours its public members lead to (the records a script reads).</summary>
    public static IReadOnlySet<string> PanelTypes { get; } = PanelClosure();

    /// <summary>True when a script may use the type (given as its definition) and its members.</summary>
    public static bool IsAllowedType(string metadataName) => Whole.Contains(metadataName) || Partly.ContainsKey(metadataName) || PanelTypes.Contains(metadataName);

    /// <summary>True when a script may use the member of an allowed type.</summary>
    public static bool IsAllowedMember(string typeName, string memberName) =>
        !Refused.Contains(typeName + "." + memberName)
        && (!Partly.TryGetValue(typeName, out var members) || members.Contains(memberName));

    private static HashSet<string> PanelClosure()
    {
        var ours = typeof(PanelRow).Assembly;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Type>([typeof(PanelRow)]);
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericParameter)
            {
                continue;
            }

            if (type.HasElementType)
            {
                pending.Push(type.GetElementType()!);
                continue;
            }

            if (type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }

                type = type.GetGenericTypeDefinition();
            }

            if (type.Assembly != ours || !found.Add(type.FullName!.Replace('+', '.')))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                pending.Push(property.PropertyType);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                pending.Push(method.ReturnType);
                foreach (var parameter in method.GetParameters())
                {
                    pending.Push(parameter.ParameterType);
                }
            }
        }

        return found;
    }
}
