using Analysis.Data.Periods;

namespace Analysis.Data.Sample.Model;

/// <summary>What one practice's financial year holds in the sample.</summary>
internal sealed class PracticeYear
{
    public required FinancialYear Year { get; init; }

    /// <summary>Mean of the year's quarterly extracts while the practice was open (the payments file's "average").</summary>
    public required decimal Registered { get; init; }

    /// <summary>Carr-Hill weighted patients on the same basis, rescaled so England's weighted total equals its registered total.</summary>
    public decimal Weighted { get; set; }

    /// <summary>Extracts in the year at which the practice was open (4 for a whole year).</summary>
    public required int QuartersOpen { get; init; }

    /// <summary>The last extract of the year at which the practice was open: the "last known figure" of the
    /// payments files and the list QOF counts against (its January extract for a practice open all year).</summary>
    public required int LastList { get; init; }

    public WorkforceCensus? Census { get; set; }

    public QofResult? Qof { get; set; }

    public IReadOnlyList<RegisterCount> Registers { get; set; } = [];

    public SurveyWave? Survey { get; set; }
}
