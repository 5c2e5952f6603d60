namespace Analysis.Indicators;

/// <summary>One problem the linter found in a definition: a stable ID, whether it blocks use, and what to do.</summary>
public sealed record LintFinding(string Id, bool IsError, string Message, SourceLocation Source);
