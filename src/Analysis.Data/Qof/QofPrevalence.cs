using Analysis.Data.Codes;
using Analysis.Data.Periods;

namespace Analysis.Data.Qof;

/// <summary>
/// One practice's QOF disease register for one year, with the list it is a share of: registers count
/// patients of different ages (all ages, 6+, 16+, 17+, 18+ or 50+), so each carries its own denominator.
/// </summary>
public sealed record QofPrevalence
{
    /// <summary>The QOF year (April to March), as the caller gave it: the raw CSV does not say.</summary>
    public required FinancialYear Year { get; init; }

    /// <summary>The practice.</summary>
    public required OdsCode Practice { get; init; }

    /// <summary>The register's group code, such as <c>DM</c> (diabetes) or <c>HYP</c> (hypertension).</summary>
    public required string Register { get; init; }

    /// <summary>Patients on the register.</summary>
    public required int RegisterCount { get; init; }

    /// <summary>The list the register is counted against: <c>TOTAL</c>, <c>06OV</c>, <c>16OV</c>, <c>17OV</c>, <c>18OV</c> or <c>50OV</c>.</summary>
    public required string ListType { get; init; }

    /// <summary>Patients on that list.</summary>
    public required int ListSize { get; init; }

    /// <summary>Register as a proportion of the list (0 when the list is empty).</summary>
    public double Prevalence => ListSize == 0 ? 0 : (double)RegisterCount / ListSize;
}
