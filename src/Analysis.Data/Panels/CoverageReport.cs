namespace Analysis.Data.Panels;

/// <summary>Which practices are missing from which dataset, when, and why.</summary>
public sealed record CoverageReport(IReadOnlyList<DatasetCoverage> Datasets, IReadOnlyList<CoverageGap> Gaps);
