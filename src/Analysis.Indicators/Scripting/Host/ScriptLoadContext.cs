using System.Reflection;
using System.Runtime.Loader;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// A collectible load context for one compiled script library, so repeated compiles (a notebook reloading
/// its indicators, a watch loop) do not pile up assemblies the way Roslyn's own script loader does
/// (dotnet/roslyn#41722).
/// </summary>
internal sealed class ScriptLoadContext() : AssemblyLoadContext("indicator scripts", isCollectible: true)
{
    /// <summary>
    /// Everything a script references (the DSL, the panel types, the framework) comes from the default
    /// context, so <see cref="IndicatorScript"/> is the same type on both sides.
    /// </summary>
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
