using Analysis.Indicators.Scripting;
using Microsoft.CodeAnalysis;

namespace Analysis.Indicators.Tests.Scripting;

public sealed class SymbolRuleTests : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_symbol_rule_sees_the_scripts_bound_symbols_and_blocks_the_script_at_the_use()
    {
        var script = "var home = System.IO.Directory.GetCurrentDirectory();\n" + ScriptFolder.Rate("WF01");
        var path = _folder.Write("wf01.csx", script);
        _folder.Write("wf02.csx", ScriptFolder.Rate("WF02"));
        var compiler = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = _folder.Cache }, [new NoFileSystem()]);

        var result = compiler.Compile([_folder.Scripts]);

        // Only the script's own code is checked: the generated wrapper names IndicatorScript, and Directory is used once.
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{path}(1,22): error SBX001: System.IO.Directory is not allowed in an indicator script", error.ToString());
        Assert.Equal("WF02", Assert.Single(result.Indicators).Id);
    }

    [Fact]
    public void Adding_a_rule_misses_a_cache_filled_without_it()
    {
        _folder.Write("wf01.csx", "var home = System.IO.Directory.GetCurrentDirectory();\n" + ScriptFolder.Rate("WF01"));
        _folder.Compiler().Compile([_folder.Scripts]);

        var ruled = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = _folder.Cache }, [new NoFileSystem()]).Compile([_folder.Scripts]);

        Assert.False(ruled.Timings.FromCache);
        Assert.Equal("SBX001", Assert.Single(ruled.Diagnostics).Id);
    }

    private sealed class NoFileSystem : ISymbolRule
    {
        public string Name => "no-file-system/1";

        public (string Id, string Message)? Check(ISymbol symbol) =>
            symbol is INamedTypeSymbol { ContainingNamespace: var ns } type && ns.ToDisplayString() == "System.IO"
                ? ("SBX001", $"{type.ToDisplayString()} is not allowed in an indicator script")
                : null;
    }
}
