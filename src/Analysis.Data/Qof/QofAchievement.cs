using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Data.Qof;

/// <summary>
/// One practice's QOF achievement for one year: points achieved out of the framework maximum
/// (559 in 2017-18, 635 from 2021-22) and out of the points available where its registers exist.
/// </summary>
public sealed record QofAchievement
{
    /// <summary>The QOF year (April to March): named by the header to 2019-20, given by the caller from 2021-22.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The practice's name as published.</summary>
    public required string Name { get; init; }

    /// <summary>The practice list size QOF used.</summary>
    public int? ListSize { get; init; }

    /// <summary>The framework maximum that year (559 or 635 points).</summary>
    public required int MaximumPoints { get; init; }

    /// <summary>Points achieved; null where the publication shows ':' (not available).</summary>
    public decimal? PointsAchieved { get; init; }

    /// <summary>Points achieved as a percentage of the framework maximum.</summary>
    public decimal? PercentOfMaximum { get; init; }

    /// <summary>The maximum points available for indicators where the practice has a register.</summary>
    public decimal? PointsAvailable { get; init; }

    /// <summary>Points achieved as a percentage of <see cref="PointsAvailable"/>.</summary>
    public decimal? PercentOfAvailable { get; init; }

    /// <summary>The sub-ICB location (or CCG), as the file gives it.</summary>
    public Area? SubIcb { get; init; }

    /// <summary>The PCN, in files that give one.</summary>
    public Area? Pcn { get; init; }

    /// <summary>The ICB (or STP), in files that give one.</summary>
    public Area? Icb { get; init; }

    /// <summary>The region, in files that give one.</summary>
    public Area? Region { get; init; }

    /// <summary>The NHS England local office (Q-coded sub-region) that the 2017-18 and 2018-19 files give below the region.</summary>
    public Area? LocalOffice { get; init; }
}
