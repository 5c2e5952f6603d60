using System.Collections.Immutable;
using Analysis.Data.Panels;
using Microsoft.CodeAnalysis;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// The assemblies scripts compile against: the DSL, the panel types it exposes, and the few framework
/// assemblies the DSL's signatures and LINQ need, not the whole application.
/// </summary>
internal static class ScriptReferences
{
    private static readonly string[] Framework =
        ["System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Linq.Expressions", "System.Collections"];

    // Metadata references are immutable and expensive to open, so one set serves every compile in the process.
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Create);

    public static ImmutableArray<MetadataReference> Get() => All.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("the framework's folder is unknown (single-file publish is not supported for script compilation)");
        var files = Framework.Select(name => Path.Combine(folder, name + ".dll"))
            .Append(typeof(IndicatorScript).Assembly.Location)
            .Append(typeof(PanelRow).Assembly.Location);
        return [.. files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))];
    }
}
