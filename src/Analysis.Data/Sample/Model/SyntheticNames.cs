using System.Globalization;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// Invented names, addresses, postcodes and telephone numbers. Every practice name ends "(SYNTHETIC)";
/// postcodes use the non-existent <c>XX</c> area; telephone numbers come from Ofcom's range kept for
/// drama (01632 960000–960999), so nothing here can be mistaken for a real practice.
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] Firsts =
    [
        "ALDER", "BRINDLE", "COBBLE", "DAPPLE", "ELDER", "FALLOW", "GORSE", "HEATHER", "IVY", "JUNIPER",
        "KESTREL", "LARCH", "MEADOW", "NETTLE", "OSIER", "PRIMROSE", "QUARRY", "ROWAN", "SORREL", "THISTLE",
        "UMBER", "VETCH", "WILLOW", "YARROW", "BRACKEN", "CLOVER", "DAMSON", "FERN", "HAZEL", "LINNET",
    ];

    private static readonly string[] Seconds =
    [
        "MOOR", "BROOK", "FIELD", "GATE", "WICK", "FORD", "HOLME", "STEAD", "LEY", "THORPE", "BURY", "COMBE", "DALE", "WELL", "WORTH",
    ];

    private static readonly string[] Kinds =
    [
        "SURGERY", "MEDICAL CENTRE", "MEDICAL PRACTICE", "HEALTH CENTRE", "FAMILY PRACTICE", "GROUP PRACTICE", "HEALTHCARE",
    ];

    private static readonly string[] Streets = ["ROAD", "LANE", "STREET", "AVENUE", "WAY", "CLOSE"];

    private static readonly string[] PcnKinds = ["PCN", "NORTH PCN", "SOUTH PCN", "CENTRAL PCN", "HEALTH PCN", "VALLEY PCN"];

    public static string Place(SampleRandom random) =>
        Firsts[random.Next(Firsts.Length)] + Seconds[random.Next(Seconds.Length)];

    public static string Practice(SampleRandom random) =>
        $"{Place(random)} {Kinds[random.Next(Kinds.Length)]} (SYNTHETIC)";

    public static string PcnName(SampleRandom random) => $"{Place(random)} {PcnKinds[random.Next(PcnKinds.Length)]}";

    public static IReadOnlyList<string> Address(SampleRandom random)
    {
        var number = (1 + random.Next(220)).ToString(CultureInfo.InvariantCulture);
        var street = $"{number} {Firsts[random.Next(Firsts.Length)]} {Streets[random.Next(Streets.Length)]}";
        return [street, string.Empty, Place(random), "SYNTHETICSHIRE"];
    }

    /// <summary>A postcode unique to the practice's index, in the non-existent XX postcode area.</summary>
    public static string Postcode(int index)
    {
        var district = 1 + (index / 260 % 99);
        var sector = index / 26 % 10;
        var unit = (char)('A' + (index % 26));
        var unit2 = (char)('A' + (index / 2600 % 26));
        return string.Create(CultureInfo.InvariantCulture, $"XX{district} {sector}{unit2}{unit}");
    }

    public static string Telephone(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"01632 960{index % 1000:D3}");
}
