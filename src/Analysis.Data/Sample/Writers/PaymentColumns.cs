using Analysis.Data.Reading;

namespace Analysis.Data.Sample.Writers;

/// <summary>
/// What each column of each payments vintage holds, as a position in the 2022-23 layout (the sample's
/// reference) or one of a few values older or newer layouts have instead. Vintages rename lines
/// ("Extended Hours Access" for "GP Extended Hours Access", "General Practice Forward View" for
/// "General Practice Transformation"), add footnote digits, or give the last known list size rather
/// than the year's average; this table says which is which.
/// </summary>
internal static class PaymentColumns
{
    public const int LastKnownRegistered = -1;
    public const int LastKnownWeighted = -2;
    public const int CovidMinusDeductions = -3;
    public const int CcgName = -4;

    // Positions in the 2022-23 layout the writers use by name.
    public const int RegionCode = 0, RegionName = 1, SubIcbCode = 2, SubIcbName = 3, PcnCode = 4, PcnName = 5;
    public const int Registered = 17, Weighted = 18, PerRegistered = 19, PerWeighted = 20;
    public const int FirstLine = 21, LastLine = 53, Total = 54, Deductions = 55;
    public const int IncludingCovid = 57, IncludingPcn = 58;
    public const int FirstPcn = 61, LastPcn = 67, FirstCovid = 68, LastCovid = 70;
    public const int PerRegisteredIncludingPcn = 71, PerWeightedIncludingPcn = 72, PerRegisteredIncludingCovid = 73, PerWeightedIncludingCovid = 74;

    /// <summary>The 2022-23 header, the reference every vintage's columns are resolved against.</summary>
    public static IReadOnlyList<string> Reference { get; } = SampleResources.Columns("payments-2022-23");

    // Older and newer spellings of the same column, compared as the readers compare headers.
    private static readonly Dictionary<string, int> Aliases = new(StringComparer.Ordinal)
    {
        [Key("NHS England and NHS Improvement Region Code")] = RegionCode,
        [Key("NHS England and NHS Improvement Region Name")] = RegionName,
        [Key("CCG Code")] = SubIcbCode,
        [Key("CCG Name")] = CcgName,
        [Key("Extended Hours Access")] = Find("GP Extended Hours Access"),
        [Key("Total Local Incentive Schemes")] = Find("Local Incentive Schemes"),
        [Key("Appraisal Costs")] = Find("Appraisal - Appraiser Costs in Respect of Locums"),
        [Key("General Practice Forward View")] = Find("General Practice Transformation"),
        [Key("Number of Registered Patients (Last Known Figure)")] = LastKnownRegistered,
        [Key("Number of Weighted Patients (Last Known Figure)")] = LastKnownWeighted,
        [Key("Total NHS Payments including covid vaccination and covid support and expansion payments")] = IncludingCovid,
        [Key("Average payments per registered patient including covid vaccination and covid support and expansion payments")] = PerRegisteredIncludingCovid,
        [Key("Average payments per weighted patient including covid vaccination and covid support and expansion payments")] = PerWeightedIncludingCovid,
        [Key("Total NHS Payments to General Practice including Covid minus deductions")] = CovidMinusDeductions,
        [Key("Average payments per registered patient including covid vaccination and covid support and long covid payments")] = PerRegisteredIncludingCovid,
    };

    /// <summary>Each column of the vintage's header, resolved.</summary>
    /// <exception cref="InvalidOperationException">A column the table does not know.</exception>
    public static int[] Resolve(IReadOnlyList<string> header) => header.Select(Resolve).ToArray();

    private static int Resolve(string name)
    {
        var key = Key(name);
        var at = Reference.Select(Key).ToList().IndexOf(key);
        return at >= 0 ? at
            : Aliases.TryGetValue(key, out var alias) ? alias
            : throw new InvalidOperationException($"payments column '{name}' has no counterpart in the 2022-23 layout");
    }

    private static int Find(string name) => Reference.Select(Key).ToList().IndexOf(Key(name));

    // Case, spacing and footnote digits ignored, as the readers match headers.
    private static string Key(string name) => HeaderText.Normalise(name).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd();
}
