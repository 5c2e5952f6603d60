using Analysis.Data.Geography;

namespace Analysis.Indicators.Allocation;

/// <summary>
/// One ICB or sub-ICB after an allocation: its practices' need and FTE summed, the FTE added, its rate per 10,000
/// of need and its gap against the target (target × need − FTE, positive when short), before and after.
/// </summary>
/// <param name="Area">The area.</param>
/// <param name="Practices">Practices in the area.</param>
/// <param name="Need">Their need summed.</param>
/// <param name="Supply">Their FTE summed, before and after.</param>
/// <param name="Added">FTE placed in the area.</param>
/// <param name="Rate">FTE per 10,000 of need, before and after.</param>
/// <param name="Gap">Target × need − FTE, before and after (negative when above the target).</param>
public sealed record AreaAllocation(Area Area, int Practices, double Need, Change<double> Supply, double Added, Change<double> Rate, Change<double> Gap);
