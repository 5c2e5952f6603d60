namespace Analysis.Statistics;

/// <summary>The summary a Fingertips spine chart draws for an indicator: minimum, 5th, 25th, 50th, 75th, 95th percentiles and maximum.</summary>
/// <remarks>METHODS.md §9: percentiles by Fingertips' legacy rule (R type 7, rounded to 10 dp).</remarks>
public readonly record struct SpineStatistics(double Minimum, double P5, double P25, double Median, double P75, double P95, double Maximum);
