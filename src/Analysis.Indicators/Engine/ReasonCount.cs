namespace Analysis.Indicators;

/// <summary>How many practice-months left an indicator for one reason, such as "no workforce record".</summary>
public sealed record ReasonCount(string Reason, int Rows);
