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

    [Fact]
    public void Scripts_checked_side_by_side_each_report_their_own_uses_and_only_theirs()
    {
        // Every other script breaks the rule on a line of its own, so a finding placed in the wrong script (or lost)
        // when the scripts are checked in parallel shows up as a wrong file or line.
        var expected = new List<string>();
        for (var i = 1; i <= 24; i++)
        {
            var id = $"WF{i:D2}";
            var padding = string.Concat(Enumerable.Repeat("// padding\n", i % 5));
            var script = i % 2 == 0 ? padding + "var home = System.IO.Directory.GetCurrentDirectory();\n" + ScriptFolder.Rate(id) : ScriptFolder.Rate(id);
            var path = _folder.Write($"wf{i:D2}.csx", script);
            if (i % 2 == 0)
            {
                expected.Add($"{path}({(i % 5) + 1},22): error SBX001: System.IO.Directory is not allowed in an indicator script");
            }
        }

        var result = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = null }, [new NoFileSystem()]).Compile([_folder.Scripts]);

        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(Enumerable.Range(0, 12).Select(k => $"WF{(2 * k) + 1:D2}"), result.Indicators.Select(d => d.Id));
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
