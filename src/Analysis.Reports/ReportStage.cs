namespace Analysis.Reports;

/// <summary>The steps of a report build, in order, as progress reports name them.</summary>
public enum ReportStage
{
    /// <summary>Joining the datasets into the panel.</summary>
    BuildingPanel,

    /// <summary>Running the indicators at every level and for the trend years.</summary>
    Computing,

    /// <summary>Writing the index, methods and area pages.</summary>
    WritingAreas,

    /// <summary>Writing one scorecard page per practice.</summary>
    WritingPractices,

    /// <summary>Putting the finished site in place of the output folder.</summary>
    Finishing,
}
