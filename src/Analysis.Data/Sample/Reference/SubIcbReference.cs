namespace Analysis.Data.Sample.Reference;

/// <summary>
/// A sub-ICB location (the CCG it replaced kept its code) with the few aggregate facts about its
/// practices that the sample is shaped by: how many there were, how deprived and how rural.
/// </summary>
/// <param name="Code">The ODS code, such as <c>16C</c>.</param>
/// <param name="OnsCode">The ONS code (<c>E38…</c>).</param>
/// <param name="Place">The place the workforce files append to the name (empty where the ICB has one location).</param>
/// <param name="Icb">The ICB.</param>
/// <param name="Practices">Open practices in the 2022-23 payments file.</param>
/// <param name="MedianImd">The median practice IMD 2019 score (Fingertips indicator 93553).</param>
/// <param name="RuralShare">The share of its practices the 2022-23 payments file calls rural.</param>
internal sealed record SubIcbReference(string Code, string OnsCode, string Place, IcbReference Icb, int Practices, double MedianImd, double RuralShare)
{
    /// <summary>"NHS North East and North Cumbria ICB - 16C Tees Valley", as the workforce files write it.</summary>
    public string Name => Place.Length == 0 ? $"{Icb.Name} - {Code}" : $"{Icb.Name} - {Code} {Place}";

    /// <summary>"NHS North East and North Cumbria ICB - 16C", as the QOF and payments files write it.</summary>
    public string ShortName => $"{Icb.Name} - {Code}";

    /// <summary>"NHS Tees Valley CCG": the name the CCG-era files give (the place, or the ICB's area where it had one location).</summary>
    public string CcgName => "NHS " + (Place.Length > 0 ? Place : Icb.Name.Replace("NHS ", string.Empty, StringComparison.Ordinal).Replace(" ICB", string.Empty, StringComparison.Ordinal)) + " CCG";

    /// <summary>The region the location's ICB is in.</summary>
    public RegionReference Region => Icb.Region;
}
