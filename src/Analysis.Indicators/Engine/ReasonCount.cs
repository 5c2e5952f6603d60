namespace Analysis.Indicators;

/// <summary>How many practice-months left an indicator for one reason, such as "no workforce record".</summary>
/// <param name="Reason">Why the practice-months left: an exclusion's reason, or what was missing.</param>
/// <param name="Rows">How many practice-months left for that reason.</param>
public sealed record ReasonCount(string Reason, int Rows);
