#if !INDICATOR_ENGINE
namespace Analysis.Indicators.Tests.Library;

public sealed class EngineNotMerged
{
    [Fact(Skip = "the library's run tests (LibraryRunTests, LibraryRealDataTests) compile once src/Analysis.Indicators/Engine/IndicatorEngine.cs exists: merge branch 'engine'")]
    public void Library_runs_on_the_sample_and_the_real_files()
    {
    }
}
#endif
