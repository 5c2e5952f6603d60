namespace Analysis.Indicators;

/// <summary>
/// The notebook's one call: <c>var indicators = IndicatorLibrary.Load("../indicators");</c> compiles the
/// library (from the cache when it has not changed) and returns its definitions.
/// </summary>
public static class IndicatorLibrary
{
    /// <summary>Every definition in the folder's scripts.</summary>
    /// <exception cref="IndicatorLibraryException">Any script has an error (compile, runtime or lint); the message lists them all.</exception>
    /// <exception cref="FileNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<IndicatorDefinition> Load(string folder, IndicatorCompilerOptions? options = null)
    {
        var result = new IndicatorCompiler(options).Compile([folder]);
        return result.HasErrors ? throw new IndicatorLibraryException(folder, [.. result.Errors]) : result.Indicators;
    }
}
