using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Panels;

/// <summary>A run of months in which a practice has no record in one dataset, for one reason.</summary>
public sealed record CoverageGap(OdsCode Practice, PanelDataset Dataset, Month From, Month To, MissingReason Reason)
{
    /// <summary>The number of months in the run.</summary>
    public int Months => To.MonthsSince(From) + 1;
}
