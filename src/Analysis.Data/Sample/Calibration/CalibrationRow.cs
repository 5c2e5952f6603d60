namespace Analysis.Data.Sample.Calibration;

/// <summary>
/// One practice in one financial year, with whatever the published files (or the sample) say about it;
/// the neutral shape both the real files and the sample are reduced to before any statistic is taken,
/// so each calibration statistic is computed by the same code on both sides.
/// </summary>
internal sealed record CalibrationRow
{
    public required string Practice { get; init; }

    /// <summary>The financial year by its starting calendar year (2022 for 2022-23).</summary>
    public required int Year { get; init; }

    public string? Region { get; init; }

    public string? Icb { get; init; }

    // From NHS Payments.
    public double? Registered { get; init; }

    public double? Weighted { get; init; }

    public bool? Rural { get; init; }

    public bool? Dispensing { get; init; }

    public string? Contract { get; init; }

    /// <summary>IMD 2019 score (static; repeated on each of the practice's rows).</summary>
    public double? Imd { get; init; }

    // From the workforce files: the practice's list beside the staff, and FTEs.
    public double? WorkforcePatients { get; init; }

    public double? QualifiedGpFte { get; init; }

    public double? TraineeAndLocumFte { get; init; }

    public double? NurseFte { get; init; }

    public double? DpcFte { get; init; }

    public double? AdminFte { get; init; }

    // Headcounts of fully qualified GPs, from the Detailed layout only.
    public int? QualifiedGpHeadcount { get; init; }

    public int? QualifiedGps55Plus { get; init; }

    public int? FemaleQualifiedGps { get; init; }

    public double? QofPercentOfMaximum { get; init; }

    /// <summary>Register code to prevalence (register over its list).</summary>
    public IReadOnlyDictionary<string, double>? Prevalence { get; init; }

    /// <summary>The practice's total list in the prevalence file (its TOTAL rows' list size).</summary>
    public double? PrevalenceList { get; init; }

    /// <summary>Share of registered patients aged 65+ (static per practice).</summary>
    public double? Share65 { get; init; }

    public double? SurveyOverallGood { get; init; }

    public double? SurveyPhoneEasy { get; init; }
}
