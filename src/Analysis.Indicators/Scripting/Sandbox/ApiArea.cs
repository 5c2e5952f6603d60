namespace Analysis.Indicators.Scripting;

/// <summary>
/// What a refused type or member is for, in a reviewer's words ("file system", "reflection"), so a refusal
/// says why as well as what; read from the namespace and the type's name.
/// </summary>
internal static class ApiArea
{
    // Longest prefix first; a prefix names a namespace or a type.
    private static readonly (string Prefix, string Area)[] Areas =
    [
        ("System.Runtime.InteropServices", "native interop and raw memory"),
        ("System.Runtime.CompilerServices", "compiler services: raw memory, module initialisers"),
        ("System.Runtime.Loader", "reflection: loading assemblies"),
        ("System.Runtime.Intrinsics", "raw memory"),
        ("System.Reflection", "reflection"),
        ("System.Linq.Expressions", "reflection: building and compiling code"),
        ("System.Type", "reflection"),
        ("System.Activator", "reflection"),
        ("System.Delegate", "reflection"),
        ("System.MulticastDelegate", "reflection"),
        ("System.Object.GetType", "reflection"),
        ("System.Linq.Enumerable.Cast", "a narrowing conversion at run time"),
        ("System.Linq.Enumerable.OfType", "a narrowing conversion at run time"),
        ("System.IO", "the file system"),
        ("System.Net", "the network"),
        ("System.Diagnostics", "processes and diagnostics"),
        ("System.Threading", "threads, tasks and timers"),
        ("System.Environment", "the process environment"),
        ("System.AppContext", "the process environment"),
        ("System.AppDomain", "the process environment"),
        ("System.GC", "the garbage collector"),
        ("System.Console", "the console"),
        ("System.Span", "raw memory"),
        ("System.ReadOnlySpan", "raw memory"),
        ("System.Memory", "raw memory"),
        ("System.ReadOnlyMemory", "raw memory"),
        ("System.IntPtr", "raw memory"),
        ("System.UIntPtr", "raw memory"),
        ("System.Collections", "mutable collections, which could change data every script shares: use arrays and LINQ"),
        ("System.Globalization", "process-wide culture settings"),
        ("Analysis.", "the toolkit beyond the DSL: its compiler, engine and file readers"),
    ];

    /// <summary>The area of a fully qualified type or member name, or null when none is known.</summary>
    public static string? Of(string qualifiedName) =>
        Areas.Where(a => qualifiedName.StartsWith(a.Prefix, StringComparison.Ordinal)
                && (qualifiedName.Length == a.Prefix.Length || !char.IsAsciiLetterOrDigit(qualifiedName[a.Prefix.Length]) || a.Prefix.EndsWith('.')))
            .Select(a => a.Area)
            .FirstOrDefault();
}
