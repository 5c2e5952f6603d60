namespace Analysis.Cli.Bench;

/// <summary>How big and how often: the synthetic panel's size, the script count, and the timed runs per figure.</summary>
internal sealed record BenchScale(string Name, int Practices, int Months, int Scripts, int Warmups, int Runs, int ColdRuns)
{
    /// <summary>Real scale: 7,000 practices × 120 months, 100 scripts, median of 5 runs after 1 warm-up, 3 fresh processes.</summary>
    public static BenchScale Full { get; } = new("full", 7_000, 120, 100, 1, 5, 3);

    /// <summary>For CI: 1,000 practices × 24 months, 20 scripts, median of 3 runs after 1 warm-up, 1 fresh process.</summary>
    public static BenchScale Quick { get; } = new("quick", 1_000, 24, 20, 1, 3, 1) { NotebookRuns = 20, TrivialCells = 20 };

    /// <summary>For the format test only: seconds, not figures anyone should read.</summary>
    public static BenchScale Tiny { get; } = new("tiny", 20, 3, 3, 0, 1, 1)
    {
        NotebookRuns = 2, TrivialCells = 3, RealNotebooks = false, ReportOnSample = false,
    };

    /// <summary>How many times the memory figure runs the small notebook in one process.</summary>
    public int NotebookRuns { get; init; } = 100;

    /// <summary>The trivial cells the per-cell figure runs.</summary>
    public int TrivialCells { get; init; } = 100;

    /// <summary>True to run every notebook in notebooks/ for the all-notebooks figure; false for the small one only (each real one loads the sample).</summary>
    public bool RealNotebooks { get; init; } = true;

    /// <summary>True to write the report's pages for the built-in sample (6,296 practices); false for the synthetic panel at this scale.</summary>
    public bool ReportOnSample { get; init; } = true;

    public string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name} scale: {Practices:N0} practices × {Months} months, {Scripts} scripts; median of {Runs} runs after {Warmups} warm-up, {ColdRuns} fresh process(es) per cold figure");
}
