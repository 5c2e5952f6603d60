namespace Analysis.Indicators.Tests.Sandbox;

/// <summary>A diagnostic a hostile script must get: its ID, its 1-based line, and text its message must contain (the symbol named).</summary>
internal sealed record CorpusExpectation(string Id, int Line, string Names);
