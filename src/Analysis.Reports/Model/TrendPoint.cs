using Analysis.Data.Periods;

namespace Analysis.Reports;

/// <summary>One point of a trend: an indicator's value for an area at the end of a financial year (or its latest month).</summary>
internal readonly record struct TrendPoint(Month Month, double Value);
