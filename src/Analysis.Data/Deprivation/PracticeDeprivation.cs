using Analysis.Data.Codes;

namespace Analysis.Data.Deprivation;

/// <summary>
/// A practice's deprivation score (IMD) from Fingertips: the average of its registered patients' LSOA
/// scores, higher meaning more deprived.
/// </summary>
public sealed record PracticeDeprivation
{
    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The IMD vintage the score uses (2019 for IMD 2019).</summary>
    public required int ImdYear { get; init; }

    /// <summary>The IMD score.</summary>
    public required decimal Score { get; init; }
}
