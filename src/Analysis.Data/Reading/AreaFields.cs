using Analysis.Data.Geography;

namespace Analysis.Data.Reading;

/// <summary>
/// The field names every layout uses for the areas a row names, so one reader of areas
/// (<see cref="RowView.AreaOf(AreaLevel)"/>) serves every publication.
/// </summary>
internal static class AreaFields
{
    public const string PcnCode = "PcnCode";
    public const string PcnName = "PcnName";
    public const string SubIcbCode = "SubIcbCode";
    public const string SubIcbName = "SubIcbName";
    public const string IcbCode = "IcbCode";
    public const string IcbName = "IcbName";
    public const string RegionCode = "RegionCode";
    public const string RegionName = "RegionName";

    // How publications say "in no PCN" where a PCN code belongs: the practice map and QOF write "U",
    // the payments files "Unknown or no PCN".
    private static readonly HashSet<string> NoPcnCodes = new(["U", "Unknown or no PCN", "Unallocated"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a PCN code cell says the practice is in no PCN.</summary>
    public static bool IsNoPcn(string code) => NoPcnCodes.Contains(code);

    public static (string Code, string Name) For(AreaLevel level) => level switch
    {
        AreaLevel.Pcn => (PcnCode, PcnName),
        AreaLevel.SubIcb => (SubIcbCode, SubIcbName),
        AreaLevel.Icb => (IcbCode, IcbName),
        AreaLevel.Region => (RegionCode, RegionName),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown area level"),
    };
}
