using Analysis.Data.Periods;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// What the parent asks one worker process to do, sent on its standard input: compile these scripts (the
/// parent already did, so the compile cache answers), load the data once, and evaluate the listed ones.
/// </summary>
/// <param name="Scripts">Every script of the run, in order, as files (the same list the parent compiled).</param>
/// <param name="Run">The indexes into <paramref name="Scripts"/> to evaluate, in order.</param>
/// <param name="Data">The data source: a folder, or <c>sample</c>.</param>
/// <param name="Levels">The levels to evaluate each script at.</param>
/// <param name="Month">The month, or null for each indicator's latest.</param>
/// <param name="AllMonths">Every month with data instead of one.</param>
/// <param name="Inequality">Also compute the slope and relative indices of inequality (latest month).</param>
/// <param name="Engine">The engine's options.</param>
/// <param name="Results">The folder to write one result file per script into.</param>
internal sealed record WorkerRequest(
    IReadOnlyList<string> Scripts,
    IReadOnlyList<int> Run,
    string Data,
    IReadOnlyList<Level> Levels,
    Month? Month,
    bool AllMonths,
    bool Inequality,
    EngineOptions Engine,
    string Results)
{
    /// <summary>The result file of the script at an index.</summary>
    public string ResultFile(int index) => ResultFile(Results, index);

    /// <summary>The result file of the script at an index in a results folder.</summary>
    public static string ResultFile(string folder, int index) => Path.Combine(folder, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index:D4}.json"));
}
