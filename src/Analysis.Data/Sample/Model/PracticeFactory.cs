using Analysis.Data.Codes;
using Analysis.Data.Payments;
using Analysis.Data.Sample.Reference;

namespace Analysis.Data.Sample.Model;

/// <summary>
/// Creates the practices of the sample from a small latent-variable model. Each practice gets a place
/// (a real sub-ICB location, in proportion to its real number of practices), rurality, a deprivation
/// score, an age profile, a size and a few standardised traits; everything else in the sample is a
/// function of these. Coefficients are chosen to reproduce the calibration targets
/// (the calibration table in Sample/Calibration); the comment on each says why.
/// </summary>
internal static class PracticeFactory
{
    // England's practice IMD 2019 scores: median 21.3, log-scale spread 0.54 (Fingertips, 6,545 practices).
    public const double ImdMedian = 21.3;
    public const double ImdLogSpread = 0.54;

    // Within a sub-ICB location practice deprivation still varies widely and is skewed (a long tail of
    // practices much less deprived than their area): percentiles 0, 1, 5, 10, 20 … 90, 95, 99, 100 of each
    // practice's log score less its location's median (2022-23 practices, Fingertips scores).
    private static readonly (double Percentile, double Deviation)[] WithinArea =
    [
        (0, -1.6), (0.01, -1.127), (0.05, -0.765), (0.10, -0.575), (0.20, -0.347), (0.30, -0.200), (0.40, -0.082), (0.50, 0),
        (0.60, 0.083), (0.70, 0.165), (0.80, 0.259), (0.90, 0.432), (0.95, 0.613), (0.99, 0.884), (1, 1.1),
    ];

    // Scores are bounded, so in deprived locations practices cannot sit far above the median: the upper
    // decile of the deviation is 0.65 in the least deprived locations and 0.23 in the most (lower decile
    // −0.50 to −0.66). Each side of the table is scaled by the location's log median about ln 21.
    private const double UpperSideSlope = -0.85;
    private const double LowerSideSlope = 0.25;

    // Rural practices sit well below their location's median (0.21 on the log scale in the pooled table,
    // 0.35 once the table's own rural share is allowed for), urban ones a little above it.
    private const double ImdRuralShift = -0.35;

    // Logit of the 65+ share: England's practices centre near 17% (patients 18.5%, large urban lists
    // younger); deprived lists are younger (Spearman −0.58 in the quinary subset), rural lists older
    // (median 27% vs 21%), London's youngest.
    private const double AgeIntercept = -1.55;
    private const double AgeDeprivation = -0.15;
    private const double AgeRural = 0.33;
    private const double AgeLondon = -0.30;
    private const double AgeNoise = 0.30;

    // Log list size: median about 7,750 in the first year (7,250 before the skew term, which lifts the median) (8,400 in 2022-23 after mergers and growth);
    // spread 0.58, skewed left (small practices trail further below the median than large ones rise above
    // it: the 2022-23 deciles are 0.83 and 0.68 from the median on the log scale); rural lists are smaller
    // (7,400 vs 8,300) and deprived ones a little smaller (Spearman −0.19 with IMD); 2% are large groups.
    public const double SizeMedian = 7250;
    private const double SizeRural = -0.22;
    private const double SizeDeprivation = -0.12;
    public const double SizeNoise = 0.58;
    private const double SizeSkew = 0.12;

    public static SyntheticPractice Create(int index, SubIcbReference subIcb, SampleRandom random, bool opening, DateOnly openDate)
    {
        // New practices open in towns (mostly APMS contracts taking on a list), so none is rural.
        var rural = !opening && random.Chance(subIcb.RuralShare);
        var london = subIcb.Region.Code == "Y56";

        var lnImd = Math.Log(subIcb.MedianImd) + Deviation(random.NextDouble(), Math.Log(subIcb.MedianImd / 21))
            + (ImdRuralShift * ((rural ? 1 : 0) - subIcb.RuralShare))
            + (opening ? 0.3 : 0); // new APMS practices are mostly opened where lists are hard to serve
        var imd = Math.Clamp(Math.Exp(lnImd), 2.0, 75.0);
        var depZ = (Math.Log(imd) - Math.Log(ImdMedian)) / ImdLogSpread;

        var ageLogit = AgeIntercept + (AgeDeprivation * depZ) + (rural ? AgeRural : 0) + (london ? AgeLondon : 0) + (AgeNoise * random.Normal());
        var share65 = 1 / (1 + Math.Exp(-ageLogit));
        var ageZ = (ageLogit - AgeIntercept) / 0.4; // 0.4: the spread of the logit across practices

        var sizeZ = random.Normal();
        var lnSize = Math.Log(SizeMedian) + (rural ? SizeRural : 0) + (SizeDeprivation * depZ) + (SizeNoise * (sizeZ - (SizeSkew * ((sizeZ * sizeZ) - 1))))
            + (random.Chance(0.02) ? 1.0 : 0);
        if (opening)
        {
            sizeZ = -1.5 + (0.5 * random.Normal());
            lnSize = Math.Log(SizeMedian) + (SizeNoise * sizeZ);
        }

        var organisation = random.Normal();

        // Carr-Hill: age is most of the formula (Pearson 0.52 between the weighted ratio and the 65+ share
        // in the quinary subset); its morbidity and mortality terms add deprivation (Spearman 0.21); rural
        // practices get a further uplift (1.09 vs 0.99 medians); the rest is list turnover and homes.
        var lnRatio = (1.0 * (share65 - AgeProfile.EnglandShare65)) + (0.05 * depZ) + (rural ? 0.04 : 0)
            + (0.07 * random.Normal());

        // Dispensing is a rural privilege (63% of rural practices, 4.5% of urban ones, 2022-23).
        var dispensing = rural ? random.Chance(0.63) : random.Chance(0.045);

        // APMS contracts are commoner where practices are hard to run (median IMD 29 vs 20.5 for GMS);
        // PMS is about a quarter of practices, more in London.
        var contract = opening && random.Chance(0.6) ? ContractType.Apms
            : random.Chance(Logistic(-3.7 + (0.5 * depZ))) ? ContractType.Apms
            : random.Chance(london ? 0.38 : 0.22) ? ContractType.Pms
            : ContractType.Gms;

        // Registrars go to larger, better-organised and less deprived practices.
        var training = random.Chance(Logistic(-0.3 + (0.8 * sizeZ) - (0.3 * depZ) + (0.3 * organisation)));

        return new SyntheticPractice
        {
            Index = index,
            Code = OdsCode.From(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"X{index + 1:D5}")),
            Name = SyntheticNames.Practice(random),
            Address = SyntheticNames.Address(random),
            Postcode = SyntheticNames.Postcode(index),
            Telephone = SyntheticNames.Telephone(index),
            SubIcb = subIcb,
            Rural = rural,
            Dispensing = dispensing,
            Contract = contract,
            OpenDate = openDate,
            Imd = imd,
            DeprivationZ = depZ,
            Share65 = share65,
            AgeZ = ageZ,
            SizeZ = (lnSize - Math.Log(SizeMedian)) / SizeNoise,
            OrganisationZ = organisation,
            SupplyZ = random.Normal(),
            GpAgeZ = random.Normal(),
            Training = training,
            WeightedRatio = Math.Exp(lnRatio),
            AgeShares = AgeProfile.Tilted(share65),
        };
    }

    private static double Deviation(double u, double areaLevel)
    {
        var i = 1;
        while (i < WithinArea.Length - 1 && WithinArea[i].Percentile < u)
        {
            i++;
        }

        var (p0, d0) = WithinArea[i - 1];
        var (p1, d1) = WithinArea[i];
        var deviation = d0 + ((d1 - d0) * (u - p0) / (p1 - p0));
        return deviation * (deviation > 0 ? Math.Max(0.3, 1 + (UpperSideSlope * areaLevel)) : 1 + (LowerSideSlope * areaLevel));
    }

    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
