namespace Analysis.Interactive;

/// <summary>The names of levels as a sentence uses them: "Practices", "ICBs", "IMD deciles".</summary>
internal static class LevelText
{
    public static string Plural(Level level) => level switch
    {
        Level.Practice => "Practices",
        Level.Pcn => "PCNs",
        Level.SubIcb => "Sub-ICB locations",
        Level.Icb => "ICBs",
        Level.Region => "Regions",
        Level.England => "England",
        Level.DeprivationQuintile => "IMD quintiles",
        Level.DeprivationDecile => "IMD deciles",
        _ => "Areas",
    };
}
