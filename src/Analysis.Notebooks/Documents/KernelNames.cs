using System.Collections.Immutable;

namespace Analysis.Notebooks.Documents;

/// <summary>
/// The kernel names a notebook's cells may use and their aliases (<c>#!c#</c>, <c>#!cs</c> and <c>#!C#</c> all mean
/// <c>csharp</c>); a <c>#!name</c> line that is not in this table is a magic command, not a kernel switch.
/// </summary>
public sealed class KernelNames
{
    /// <summary>The C# kernel's name.</summary>
    public const string CSharp = "csharp";

    /// <summary>The pseudo-kernel of markdown cells.</summary>
    public const string Markdown = "markdown";

    private readonly ImmutableDictionary<string, string> byAlias;

    private KernelNames(ImmutableDictionary<string, string> byAlias) => this.byAlias = byAlias;

    /// <summary>The kernels .NET Interactive ships, with their usual aliases.</summary>
    public static KernelNames Standard { get; } = new(ImmutableDictionary.CreateRange(
        StringComparer.OrdinalIgnoreCase,
        new (string Alias, string Name)[]
        {
            ("csharp", CSharp), ("c#", CSharp), ("cs", CSharp),
            ("fsharp", "fsharp"), ("f#", "fsharp"), ("fs", "fsharp"),
            ("pwsh", "pwsh"), ("powershell", "pwsh"),
            ("javascript", "javascript"), ("js", "javascript"),
            ("html", "html"), ("sql", "sql"), ("kql", "kql"), ("mermaid", "mermaid"), ("http", "http"),
            ("value", "value"), ("python", "python"), ("r", "r"),
            ("markdown", Markdown), ("md", Markdown),
        }.Select(p => KeyValuePair.Create(p.Alias, p.Name))));

    /// <summary>This table plus a kernel and its aliases (from a notebook's <c>kernelInfo.items</c>).</summary>
    public KernelNames With(string name, IEnumerable<string> aliases)
    {
        var table = byAlias.SetItem(name, Normalise(name) ?? name);
        foreach (var alias in aliases.Where(a => a.Length > 0))
        {
            table = table.SetItem(alias.TrimStart('#', '!'), Normalise(name) ?? name);
        }

        return new KernelNames(table);
    }

    /// <summary>The kernel an alias names, or null when it names none.</summary>
    public string? Normalise(string alias) => byAlias.GetValueOrDefault(alias.Trim());

    /// <summary>True when the alias names a kernel.</summary>
    public bool IsKernel(string alias) => byAlias.ContainsKey(alias.Trim());
}
