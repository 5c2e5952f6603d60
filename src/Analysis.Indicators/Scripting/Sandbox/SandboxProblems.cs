namespace Analysis.Indicators.Scripting;

/// <summary>
/// The sandbox's diagnostics, one catalogue with stable IDs (IND110–IND122; the script compiler's own shape
/// checks add IND119 for global usings, IND123 for <c>#line</c> and IND124 for unbalanced braces).
/// </summary>
internal static class SandboxProblems
{
    private const string Allowed = "scripts may use the DSL, the panel's records, System.Math, LINQ, primitive types and strings";

    public static (string, string) NotAllowed(string name, string? area) =>
        ("IND110", $"{name} is not allowed in an indicator script{(area is null ? string.Empty : $" ({area})")}: {Allowed}");

    public static (string, string) Dynamic() =>
        ("IND111", "dynamic is not allowed in an indicator script: every member a script uses must be known when it compiles");

    public static (string, string) Unsafe(string what) =>
        ("IND112", $"{what} is not allowed in an indicator script: no unsafe code, pointers or raw memory");

    public static (string, string) Native(string what) =>
        ("IND113", $"{what} is not allowed in an indicator script: no native code (P/Invoke, extern) or private access");

    public static (string, string) StaticState(string what) =>
        ("IND114", $"{what} is not allowed in an indicator script: static mutable state outlives the script and is shared with the scripts run after it");

    public static (string, string) Attribute(string name) =>
        ("IND115", $"the attribute {name} is not allowed in an indicator script: attributes change how code is compiled, loaded or run");

    public static (string, string) InterfaceBody(string what) =>
        ("IND116", $"{what} is not allowed in an indicator script: interfaces in a script declare members without bodies or static state");

    public static (string, string) Finalizer(string name) =>
        ("IND117", $"the finalizer of {name} is not allowed in an indicator script: it would run later, on the collector's thread");

    public static (string, string) Spelling(string what) =>
        ("IND118", $"{what}: indicator scripts are written in plain ASCII identifiers, so that what a reviewer reads is what runs");

    public static (string, string) Concurrency(string what) =>
        ("IND120", $"{what} is not allowed in an indicator script: scripts run on one thread, start to finish");

    public static (string, string) Narrowing(string from, string to) =>
        ("IND121", $"the conversion from {from} to {to} is not allowed in an indicator script: a script reads values through the types it is given");

    public static (string, string) CallerInfo(string parameter) =>
        ("IND122", $"the argument '{parameter}' is filled in by the compiler (where the indicator is defined) and may not be given by the script");
}
