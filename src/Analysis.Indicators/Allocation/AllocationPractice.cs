using Analysis.Data.Geography;

namespace Analysis.Indicators.Allocation;

/// <summary>One practice as an allocation sees it: its supply (GP FTE), its need (weighted patients), where it is and how deprived.</summary>
/// <param name="Practice">The practice's ODS code.</param>
/// <param name="Name">The practice's name.</param>
/// <param name="Supply">GP FTE it has now.</param>
/// <param name="Need">Its need, such as Carr-Hill weighted patients (must be above 0).</param>
/// <param name="SubIcb">Its sub-ICB location, if known.</param>
/// <param name="Icb">Its ICB, if known.</param>
/// <param name="DeprivationDecile">Its national deprivation decile, 1 least deprived to 10 most, if known.</param>
public sealed record AllocationPractice(string Practice, string Name, double Supply, double Need, Area? SubIcb, Area? Icb, int? DeprivationDecile);
