namespace Analysis.Data.Sample.Model;

/// <summary>
/// England's staffing levels by financial year, which practice-level variation is scaled to. Values for
/// 2019-20 to 2023-24 are national rates from the shared workforce panel (workforce_year_DERIVED.csv,
/// Σ FTE / Σ TOTAL_PATIENTS over practices with 1,000+ patients, Year 2020…2024); other years carry the
/// 2019-20→2023-24 trend on, compounding its average yearly change.
/// </summary>
internal static class NationalTrends
{
    private const int FirstTabled = 2019;

    // FTE per 10,000 registered patients. Locums are not separated in the panel (TOTAL_LOCUUM_TRN_FTE is
    // trainees plus locums); the split assumes locums fell from about 0.20 to 0.14 per 10,000 while
    // registrars grew, in line with the publication's commentary.
    private static readonly double[] QualifiedGp = [4.473, 4.445, 4.372, 4.281, 4.232];
    private static readonly double[] Locum = [0.20, 0.18, 0.16, 0.15, 0.14];
    private static readonly double[] TraineeAndLocum = [1.109, 1.215, 1.312, 1.396, 1.479];
    private static readonly double[] Nurse = [2.72, 2.73, 2.64, 2.65, 2.69];
    private static readonly double[] DirectPatientCare = [2.05, 2.28, 2.37, 2.51, 2.63];
    private static readonly double[] Admin = [11.12, 11.31, 11.51, 11.76, 11.93];

    // England's registered patients grew about 1.2% a year (59.7m in 2019-20 to 62.6m in 2023-24).
    public const double ListGrowth = 0.012;

    public static double QualifiedGpPer10k(int startYear) => At(QualifiedGp, startYear);

    public static double TraineePer10k(int startYear) => At(TraineeAndLocum, startYear) - At(Locum, startYear);

    public static double LocumPer10k(int startYear) => At(Locum, startYear);

    public static double NursePer10k(int startYear) => At(Nurse, startYear);

    public static double DirectPatientCarePer10k(int startYear) => At(DirectPatientCare, startYear);

    public static double AdminPer10k(int startYear) => At(Admin, startYear);

    /// <summary>Share of fully qualified GPs who are partners: falling by about two points a year as salaried posts grow.</summary>
    public static double PartnerShare(int startYear) => Math.Clamp(0.60 - (0.02 * (startYear - FirstTabled)), 0.3, 0.8);

    /// <summary>Share of fully qualified GPs who are women, rising by about a point a year (53% in the 2024 subset).</summary>
    public static double FemaleGpShare(int startYear) => Math.Clamp(0.50 + (0.007 * (startYear - FirstTabled)), 0.3, 0.7);

    private static double At(double[] table, int startYear)
    {
        var i = startYear - FirstTabled;
        if (i >= 0 && i < table.Length)
        {
            return table[i];
        }

        var yearly = Math.Pow(table[^1] / table[0], 1.0 / (table.Length - 1));
        return i < 0 ? table[0] * Math.Pow(yearly, i) : table[^1] * Math.Pow(yearly, i - (table.Length - 1));
    }
}
