namespace Analysis.Data.Sample.Model;

/// <summary>
/// The shape of each staff group: who holds which role, how old they are, where GPs qualified and how
/// many hours a head works. Shares are rounded national proportions from the publication's commentary
/// and the September 2024 Detailed subset (41 practices: qualified GPs work 0.74 FTE a head, 19% are
/// aged 55+, 53% are women); they shape the columns, while staffing levels come from <see cref="NationalTrends"/>.
/// </summary>
internal static class StaffMix
{
    public static readonly string[] GpAgeBands = ["UNDER30", "30TO34", "35TO39", "40TO44", "45TO49", "50TO54", "55TO59", "60TO64", "65TO69", "70PLUS"];

    public static readonly string[] StaffAgeBands = ["UNDER25", "25TO29", "30TO34", "35TO39", "40TO44", "45TO49", "50TO54", "55TO59", "60TO64", "65TO69", "70PLUS"];

    // Qualified GPs below 55, and 55 and over, by band; the 55+ share itself is set per practice.
    public static readonly double[] QualifiedUnder55 = [0.01, 0.10, 0.18, 0.22, 0.25, 0.24];
    public static readonly double[] Qualified55Plus = [0.58, 0.29, 0.10, 0.03];
    public static readonly double[] Trainee = [0.40, 0.38, 0.14, 0.05, 0.02, 0.01, 0, 0, 0, 0];
    public static readonly double[] Locum = [0.02, 0.10, 0.14, 0.14, 0.13, 0.12, 0.13, 0.12, 0.07, 0.03];

    public static readonly double[] NurseAges = [0.01, 0.05, 0.07, 0.08, 0.10, 0.11, 0.14, 0.17, 0.15, 0.08, 0.04];
    public static readonly double[] DpcAges = [0.08, 0.12, 0.13, 0.12, 0.11, 0.10, 0.10, 0.10, 0.08, 0.04, 0.02];
    public static readonly double[] AdminAges = [0.08, 0.07, 0.07, 0.08, 0.09, 0.10, 0.13, 0.14, 0.13, 0.07, 0.04];

    public static readonly (string Token, double Share)[] CountryOfQualification =
    [
        ("UK", 0.68), ("EEA", 0.07), ("EUROPE_OTHER", 0.01), ("AFRICA", 0.06), ("ASIA_OTHER", 0.02), ("ASIA_SOUTH", 0.12),
        ("AUS_PAC", 0.005), ("CEN_AMERICA", 0.002), ("NORTH_AMERICA", 0.003), ("SOUTH_AMERICA", 0.003), ("MIDDLE_EAST", 0.025),
        ("UNKNOWN", 0.012),
    ];

    public static readonly (string Token, double Share)[] TraineeRoles =
    [
        ("TRN_GR_ST1", 0.15), ("TRN_GR_ST2", 0.15), ("TRN_GR_ST3", 0.60), ("TRN_GR_ST4", 0.03), ("TRN_GR_OTH", 0.02), ("TRN_GR_F1_2", 0.05),
    ];

    public static readonly (string Token, double Share)[] LocumRoles = [("LOCUM_VAC", 0.4), ("LOCUM_ABS", 0.3), ("LOCUM_OTH", 0.3)];

    public static readonly (string Token, double Share)[] NurseRoles =
    [
        ("PRAC_NURSE", 0.72), ("ADV_NURSE_PRAC", 0.17), ("NURSE_SPEC", 0.03), ("EXT_ROLE_NURSE", 0.03), ("TRAINEE_NURSE", 0.02),
        ("NURSE_DISP", 0.01), ("NURSE_PTNR", 0.01), ("NURSE_OTH", 0.01),
    ];

    // Healthcare assistants are the core; pharmacists, physician associates and paramedics grow fastest
    // (their weights rise 15% a year from 2019-20); dispensers work only in dispensing practices.
    public static readonly (string Token, double Share, bool Growing)[] DpcRoles =
    [
        ("HCA", 0.36, false), ("PHARMA", 0.08, true), ("PHLEB", 0.07, false), ("GPA", 0.04, true), ("PHYSICIAN_ASSOC", 0.03, true),
        ("PARAMED", 0.025, true), ("ADV_PARAMED_PRAC", 0.01, true), ("ADV_PHARMA_PRAC", 0.01, true), ("PHARMT", 0.03, true),
        ("SPLW", 0.02, true), ("NURSE_ASSOC", 0.015, true), ("TRAINEE_NURSE_ASSOC", 0.01, true), ("APP_HCA", 0.02, false),
        ("THERA_COU", 0.01, false), ("PHYSIO", 0.015, true), ("HLTH_SPRT_WRK", 0.02, false), ("NHS_TALKING_THERA", 0.005, false),
        ("DIETICIAN", 0.003, false), ("PODIA", 0.003, false), ("THERA_OCC", 0.003, false), ("OST", 0.002, false),
        ("APPRENTICE", 0.005, false), ("OTH", 0.05, false),
    ];

    public static readonly (string Token, double Share)[] AdminRoles =
    [
        ("RECEPT", 0.45), ("MED_SECRETARY", 0.12), ("MANAGER", 0.08), ("MANAGE_PTNR", 0.005), ("TELEPH", 0.05),
        ("ESTATES_ANC", 0.03), ("DT_LEAD", 0.01), ("OTH", 0.245), ("APP", 0.01),
    ];

    public static T Draw<T>(SampleRandom random, (T Token, double Share)[] table)
    {
        Span<double> weights = stackalloc double[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            weights[i] = table[i].Share;
        }

        return table[random.Pick(weights)].Token;
    }

    public static string Band(SampleRandom random, string[] bands, ReadOnlySpan<double> weights) =>
        random.Chance(0.005) ? "UNKNOWN_AGE" : bands[random.Pick(weights)];
}
