using Analysis.Data.Geography;

namespace Analysis.Data.Summaries;

/// <summary>
/// GP supply against need in one area: fully qualified GP FTE, Carr-Hill weighted patients, the rate
/// per 10,000 weighted patients, and the shortfall against the England rate (positive = too few GPs).
/// </summary>
/// <param name="Area">The area, or null for England.</param>
/// <param name="Practices">Practices with both a GP count and a weighted list.</param>
/// <param name="QualifiedGpFte">Sum of fully qualified GP FTE (excluding trainees and locums).</param>
/// <param name="WeightedPatients">Sum of Carr-Hill weighted patients.</param>
/// <param name="ExpectedGpFte">The GP FTE the area would have at the England rate.</param>
public sealed record AreaSupply(Area? Area, int Practices, decimal QualifiedGpFte, decimal WeightedPatients, decimal ExpectedGpFte)
{
    /// <summary>Fully qualified GP FTE per 10,000 weighted patients.</summary>
    public decimal GpFtePer10kWeighted => WeightedPatients == 0 ? 0 : QualifiedGpFte / WeightedPatients * 10_000m;

    /// <summary>GP FTE the area lacks against the England rate (negative when it has more).</summary>
    public decimal Shortfall => ExpectedGpFte - QualifiedGpFte;

    /// <summary>The shortfall as a percentage of the expected FTE.</summary>
    public decimal ShortfallPercent => ExpectedGpFte == 0 ? 0 : Shortfall / ExpectedGpFte * 100m;
}
