using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Notebooks.Formatting;

/// <summary>
/// Microsoft.DotNet.Interactive.Formatting keeps, process-wide, what it worked out for every type it formatted (its
/// formatter, preferred MIME types, how to take it apart for the tree view). A finished notebook's own types in
/// those tables would keep its unloaded code, and so its memory, alive. The tables are internal to the pinned
/// package version, so they are found by reflection once and only the entries naming unloadable types are removed.
/// </summary>
internal static class FormatterCaches
{
    private const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags Instances = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Lazy<IReadOnlyList<IDictionary>> Tables = new(Find);

    // The method registering a formatter calls to empty the computed tables; used too where it exists.
    private static readonly Action? ClearComputedState = typeof(Formatter)
        .GetMethod("ClearComputedState", BindingFlags.Static | BindingFlags.NonPublic, Type.EmptyTypes)
        ?.CreateDelegate<Action>();

    /// <summary>Removes every cached entry about a type from an unloadable (notebook) assembly.</summary>
    public static void ForgetUnloadableTypes()
    {
        ClearComputedState?.Invoke();
        foreach (var table in Tables.Value)
        {
            var doomed = new List<object>();
            for (var entries = table.GetEnumerator(); entries.MoveNext();)
            {
                if (Unloadable(entries.Key) || (entries.Value is { } value && Unloadable(value)))
                {
                    doomed.Add(entries.Key);
                }
            }

            doomed.ForEach(table.Remove);
        }
    }

    private static bool Unloadable(object item) => item switch
    {
        Type type => Unloadable(type),
        ITypeFormatter formatter => Unloadable(formatter.Type),
        Delegate action => action.Method.DeclaringType is { } declaring && Unloadable(declaring),
        ITuple tuple => Enumerable.Range(0, tuple.Length).Any(i => tuple[i] is { } item && Unloadable(item)),
        _ => false,
    };

    private static bool Unloadable(Type type) =>
        type.Assembly.IsCollectible
        || (type.HasElementType && Unloadable(type.GetElementType()!))
        || (type.IsConstructedGenericType && type.GenericTypeArguments.Any(Unloadable));

    private static List<IDictionary> Find()
    {
        var tables = new List<IDictionary>();
        foreach (var type in typeof(Formatter).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Statics).Where(f => !f.IsLiteral))
            {
                var value = field.GetValue(null);
                if (value is IDictionary table)
                {
                    tables.Add(table);
                }
                else if (value is not null && value.GetType().Assembly == type.Assembly)
                {
                    // A holder object (a formatter map per type) with its own tables inside.
                    tables.AddRange(value.GetType().GetFields(Instances).Select(f => f.GetValue(value)).OfType<IDictionary>());
                }
            }
        }

        return tables;
    }
}
