using Analysis.Data.Periods;

namespace Analysis.Cli.Report;

/// <summary>The parsed <c>report</c> command line: data source, month (null for each indicator's latest), indicator folder (null to find one), output folder.</summary>
internal sealed record ReportSettings(string Data, Month? Period, string? Indicators, string Output);
