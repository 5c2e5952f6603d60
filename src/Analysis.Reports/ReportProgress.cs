namespace Analysis.Reports;

/// <summary>How far a report build has got: the stage, and steps done of the stage's total (pages, or engine runs).</summary>
/// <param name="Stage">The step under way.</param>
/// <param name="Done">Steps of the stage finished.</param>
/// <param name="Total">Steps in the stage.</param>
public sealed record ReportProgress(ReportStage Stage, int Done, int Total);
