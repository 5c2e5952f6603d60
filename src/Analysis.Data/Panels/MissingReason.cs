namespace Analysis.Data.Panels;

/// <summary>Why a practice has no record in a dataset for a month.</summary>
public enum MissingReason
{
    /// <summary>No file of that publication covering the month was loaded, for any practice.</summary>
    NoPublicationForPeriod,

    /// <summary>The practice opened less than a year before; new practices are often missing from the next release.</summary>
    RecentlyOpened,

    /// <summary>The practice closes (or merges into another) within a year; closing practices often drop out early.</summary>
    ClosingOrMerging,

    /// <summary>The publication covers the month but does not list the practice.</summary>
    NotInPublication,
}
