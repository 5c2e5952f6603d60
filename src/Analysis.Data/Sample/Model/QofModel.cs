namespace Analysis.Data.Sample.Model;

/// <summary>
/// QOF achievement and disease registers. Points missed (out of 635) are skewed — most practices miss
/// little, some miss a lot — and rise with deprivation and fall with organisation;
/// registers are logistic in the practice's age and deprivation with register-specific loadings.
/// </summary>
internal static class QofModel
{
    // 2022-23: median 91.9% of 635 points, deciles 80.1% and 98.9%, Spearman −0.29 with IMD. On the log
    // scale the shortfall (points missed) is a two-piece normal: median 8.1%, a long lower side (many
    // practices miss almost nothing, ln 1.1% is 1.96 below the median) and a short upper one (ln 19.9% is
    // 0.90 above), before the practice terms add their own spread.
    private const double ShortfallMedian = 0.085;
    private const double ShortfallBelow = 1.40;
    private const double ShortfallAbove = 0.62;

    // Register, the list it counts (TOTAL or patients over an age), England's 2024-25 median prevalence,
    // loading per sd of age, per sd of deprivation, relative yearly trend, practice spread. Age-related
    // registers (AF, cancer, dementia) fall with deprivation only through younger lists; COPD, diabetes,
    // mental health, learning disability and obesity rise with it (Spearman with IMD 0.34 to 0.55).
    private static readonly (string Code, string ListType, double Median, double Age, double Deprivation, double Trend, double Spread)[] Registers =
    [
        ("AF", "TOTAL", 0.0228, 0.45, 0.03, 0.02, 0.22),
        ("AST", "06OV", 0.0678, 0.00, -0.02, 0.01, 0.18),
        ("CAN", "TOTAL", 0.0383, 0.42, -0.03, 0.04, 0.22),
        ("CHD", "TOTAL", 0.0304, 0.35, 0.18, -0.01, 0.20),
        ("CKD", "18OV", 0.0456, 0.40, 0.12, 0.00, 0.35),
        ("COPD", "TOTAL", 0.0184, 0.30, 0.33, 0.00, 0.28),
        ("DEM", "TOTAL", 0.0071, 0.50, 0.08, 0.02, 0.35),
        ("DEP", "18OV", 0.1390, 0.00, 0.05, 0.05, 0.25),
        ("DM", "17OV", 0.0820, 0.12, 0.18, 0.03, 0.18),
        ("EP", "18OV", 0.0080, 0.00, 0.08, 0.00, 0.20),
        ("HF", "TOTAL", 0.0102, 0.38, 0.16, 0.04, 0.28),
        ("HYP", "TOTAL", 0.1583, 0.35, 0.12, 0.01, 0.18),
        ("LD", "TOTAL", 0.0056, -0.05, 0.16, 0.04, 0.30),
        ("MH", "TOTAL", 0.0096, -0.05, 0.20, 0.01, 0.25),
        ("NDH", "18OV", 0.0912, 0.20, 0.10, 0.06, 0.40),
        ("OB", "18OV", 0.1421, 0.05, 0.16, 0.05, 0.25),
        ("OST", "50OV", 0.0073, 0.30, 0.03, 0.05, 0.80),
        ("PAD", "TOTAL", 0.0053, 0.30, 0.22, -0.02, 0.28),
        ("PC", "TOTAL", 0.0043, 0.30, 0.10, 0.03, 0.60),
        ("RA", "16OV", 0.0080, 0.20, 0.10, 0.01, 0.22),
        ("STIA", "TOTAL", 0.0191, 0.35, 0.12, 0.01, 0.22),
    ];

    public static QofResult Achievement(SyntheticPractice practice, PracticeYear year, int yearIndex, long seed)
    {
        var random = SampleRandom.For(seed, "qof", practice.Index, yearIndex);
        var persistent = SampleRandom.For(seed, "qof-practice", practice.Index).Normal();

        // 2020-21 was the first pandemic year: much of QOF was income-protected and achievement fell.
        var covid = year.Year.StartYear switch { 2019 => 0.05, 2020 => 0.3, 2021 => 0.1, _ => 0.0 };
        var z = random.Normal();
        var lnShortfall = Math.Log(ShortfallMedian) + covid + (z * (z < 0 ? ShortfallBelow : ShortfallAbove))
            + (0.30 * practice.DeprivationZ) - (0.15 * practice.OrganisationZ) + (0.15 * persistent);
        var shortfall = Math.Min(0.7, Math.Exp(lnShortfall));

        // A few small practices have no patients on some registers, so fewer points are available.
        var maximum = QofResult.MaximumIn(year.Year.StartYear);
        var available = random.Chance(0.03) ? maximum - 3 - random.Next(25) : maximum;
        var achieved = Math.Round((decimal)((1 - shortfall) * available), 2);
        return new QofResult(year.LastList, achieved, available, maximum);
    }

    public static IReadOnlyList<RegisterCount> Prevalence(SyntheticPractice practice, PracticeYear year, int yearIndex, long seed)
    {
        var random = SampleRandom.For(seed, "prevalence", practice.Index, yearIndex);
        var persistent = SampleRandom.For(seed, "prevalence-practice", practice.Index);
        var list = year.LastList;
        var result = new RegisterCount[Registers.Length];
        for (var i = 0; i < Registers.Length; i++)
        {
            var (code, listType, median, age, deprivation, trend, spread) = Registers[i];
            var listSize = ListOf(practice, list, listType);

            // The practice's own coding habits persist; the year adds a little.
            var logit = Logit(median) + (age * practice.AgeZ) + (deprivation * practice.DeprivationZ)
                + (trend * (year.Year.StartYear - 2024)) + (spread * persistent.Normal()) + (0.03 * random.Normal());
            var count = random.Binomial(listSize, PracticeFactory.Logistic(logit));
            result[i] = new RegisterCount(code, count, listType, listSize);
        }

        return result;
    }

    // Lists of the register's ages from the practice's band shares (uniform within a band).
    private static int ListOf(SyntheticPractice practice, int list, string listType) => listType switch
    {
        "TOTAL" => list,
        _ => (int)Math.Round(list * AgeProfile.ShareAtLeast(practice.AgeShares, int.Parse(listType.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture))),
    };

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
