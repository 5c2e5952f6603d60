namespace Analysis.Cli.Indicators.Isolated;

/// <summary>An exclusion rule as text: why practice-months leave, and when (<c>p => p.RegisteredPatients &lt; 1000</c>).</summary>
internal sealed record ExclusionText(string Reason, string When);
