namespace Analysis.Indicators.Tests.Scripting;

public sealed class IndicatorLibraryTests : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Loading_a_clean_library_returns_every_definition()
    {
        _folder.Write("workforce/wf01.csx", ScriptFolder.Rate("WF01"));
        _folder.Write("shortfall/sf01.csx", ScriptFolder.Shortfall("SF01"));

        var definitions = IndicatorLibrary.Load(_folder.Scripts, new IndicatorCompilerOptions { CacheDirectory = _folder.Cache });

        Assert.Equal(["SF01", "WF01"], definitions.Select(d => d.Id));
    }

    [Fact]
    public void Loading_a_library_with_errors_throws_listing_each_error_located()
    {
        var broken = _folder.Write("wf01.csx", ScriptFolder.Rate("WF01", numerator: "p.Workforce.Nope"));
        var unlinted = _folder.Write("wf02.csx", ScriptFolder.Rate("WF02").Replace("    .Unit(\"per 10,000 weighted patients\")\n", string.Empty, StringComparison.Ordinal));

        var e = Assert.Throws<IndicatorLibraryException>(() => IndicatorLibrary.Load(_folder.Scripts, new IndicatorCompilerOptions { CacheDirectory = _folder.Cache }));

        Assert.Equal([(broken, 7, "CS1061"), (unlinted, 1, "IND008")], e.Errors.Select(d => (d.Path, d.Line, d.Id)));
        Assert.Contains($"{broken}(7,", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{unlinted}(1,1): error IND008: WF02 has no .Unit(...)", e.Message, StringComparison.Ordinal);
    }
}
