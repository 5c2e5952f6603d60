using System.Runtime.CompilerServices;

namespace Analysis.Indicators.Tests.Scripting;

public sealed partial class IndicatorCompilerTests
{
    [Fact]
    public void A_second_compile_of_the_same_scripts_comes_from_the_cache_without_roslyn()
    {
        _folder.Write("wf01.csx", "var unused = 3;\n" + ScriptFolder.Rate("WF01"));
        _folder.Write("sf01.csx", ScriptFolder.Shortfall("SF01"));

        var first = _folder.Compiler().Compile([_folder.Scripts]);
        var second = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.Equal((false, 1), (first.Timings.FromCache, first.Timings.RoslynCompilations));
        Assert.Equal((true, 0), (second.Timings.FromCache, second.Timings.RoslynCompilations));
        Assert.Equal(first.Indicators.Select(d => (d.Id, d.Source)), second.Indicators.Select(d => (d.Id, d.Source)));
        Assert.Equal(first.Diagnostics, second.Diagnostics); // the CS0219 warning survives the cache
        Assert.Equal("CS0219", Assert.Single(second.Diagnostics).Id);
    }

    [Fact]
    public void A_changed_script_misses_the_cache_and_compiles_again()
    {
        var path = _folder.Write("wf01.csx", ScriptFolder.Rate("WF01"));
        _folder.Compiler().Compile([_folder.Scripts]);

        _folder.Write("wf01.csx", ScriptFolder.Rate("WF01", title: "Qualified GP FTE per 10,000 weighted patients"));
        var changed = _folder.Compiler().Compile([path]);

        Assert.Equal((false, 1), (changed.Timings.FromCache, changed.Timings.RoslynCompilations));
        Assert.Equal("Qualified GP FTE per 10,000 weighted patients", Assert.Single(changed.Indicators).Title);
    }

    [Fact]
    public void A_cached_broken_script_reports_the_same_located_errors()
    {
        _folder.Write("wf01.csx", ScriptFolder.Rate("WF01", numerator: "p.Workforce.Nope"));

        var first = _folder.Compiler().Compile([_folder.Scripts]);
        var second = _folder.Compiler().Compile([_folder.Scripts]);

        Assert.True(second.Timings.FromCache);
        Assert.Equal("CS1061", Assert.Single(second.Diagnostics).Id);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Without_a_cache_folder_every_compile_runs_roslyn()
    {
        _folder.Write("wf01.csx", ScriptFolder.Rate("WF01"));
        var compiler = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = null });

        compiler.Compile([_folder.Scripts]);
        var again = compiler.Compile([_folder.Scripts]);

        Assert.Equal((false, 1), (again.Timings.FromCache, again.Timings.RoslynCompilations));
        Assert.False(Directory.Exists(_folder.Cache));
    }

    [Fact]
    public void The_scripts_load_context_lives_while_a_definition_holds_a_script_closure_and_is_collected_after()
    {
        _folder.Write("wf01.csx", "var small = 1_000;\n" + ScriptFolder.Rate("WF01").Replace(".HigherIsBetter();", ".HigherIsBetter().Exclude(p => p.RegisteredPatients < small, \"small list\");", StringComparison.Ordinal));
        var compiler = _folder.Compiler();

        var held = Compile(compiler, _folder.Scripts);
        Collect(held.LoadContext!);
        Assert.True(held.LoadContext!.IsAlive); // the exclusion's closure is an object of the script assembly
        GC.KeepAlive(held);

        var dropped = CompileAndDrop(compiler, _folder.Scripts);
        Collect(dropped);
        Assert.False(dropped.IsAlive);
    }

    private static void Collect(WeakReference context)
    {
        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompileResult Compile(IndicatorCompiler compiler, string folder) => compiler.Compile([folder]);

    // Not inlined, so nothing of the result is reachable once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndDrop(IndicatorCompiler compiler, string folder)
    {
        var result = compiler.Compile([folder]);
        Assert.Equal("small list", Assert.Single(Assert.Single(result.Indicators).Exclusions).Reason);
        return result.LoadContext!;
    }
}
