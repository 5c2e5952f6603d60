namespace Analysis.Indicators.Review;

/// <summary>
/// Every threshold a review judges a candidate indicator by, in one place, each with the reason it was chosen.
/// </summary>
/// <remarks>
/// A review is advice to a human reviewer, not a statistical test: the thresholds are round numbers chosen so
/// that crossing one means something a scorecard reader would notice. "Blocking" means the indicator should
/// not go on a published practice scorecard as it stands; "advisory" means the reviewer should look and say why
/// it is acceptable. Changing a threshold changes what CI lets through, so change it here and nowhere else.
/// </remarks>
public static class ReviewThresholds
{
    /// <summary>
    /// Blocking below: the share of practices open in the review month that get a published value (not excluded,
    /// missing or suppressed). 80%: below it more than one practice in five shows a blank, and the blanks are
    /// rarely missing at random (new, small, closing and dispensing practices drop out first), so the
    /// scorecard's comparisons no longer describe general practice as a whole.
    /// </summary>
    public const double MinimumCoverage = 0.80;

    /// <summary>
    /// Advisory above: the share of practices whose value is hidden by the small-number rule. 10%: one practice in
    /// ten hidden means the rule, not the data, decides who is shown; usually the indicator is better reported at
    /// PCN level, or over several years pooled.
    /// </summary>
    public const double MaximumSuppressedShare = 0.10;

    /// <summary>
    /// Blocking below: the share of practices outside the 99.8% funnel limits around England. Chance alone puts
    /// 0.2% there; 2% is ten times that. Below it at least 98% of practices would read "similar to England", so
    /// the spread the scorecard shows is mostly sampling noise (Spiegelhalter 2005).
    /// </summary>
    public const double ChanceShareOutside998 = 0.02;

    /// <summary>
    /// Advisory below: the overdispersion factor φ (mean squared Winsorised z-score; 1 under pure chance). At 1.5
    /// two-thirds of the spread between practices is what sampling alone would produce: the few practices outside
    /// the limits may be real, but a ranking of the rest would rank noise.
    /// </summary>
    public const double ChancePhi = 1.5;

    /// <summary>
    /// Blocking (judged indicators) or advisory (context and no-judgement indicators) at or above: the absolute
    /// Spearman correlation between practice values and practice deprivation decile. 0.5 is the usual "strong"
    /// boundary (a quarter of the rank variance shared with deprivation): a better/worse rating would then largely
    /// restate where a practice is, not how it performs, unless compared within deprivation deciles.
    /// </summary>
    public const double DeprivationCorrelation = 0.5;

    /// <summary>
    /// Blocking or advisory (as <see cref="DeprivationCorrelation"/>) at or above: the absolute slope index of
    /// inequality as a share of the England value. 0.5 means the fitted gap between the most and least deprived
    /// ends is half the national level; published GP supply gradients are nearer 0.1 (Asaria et al. 2016; Health
    /// Foundation 2020), so this catches only gradients that dominate the indicator.
    /// </summary>
    public const double DeprivationSiiShare = 0.5;

    /// <summary>
    /// Blocking at or above: the absolute Spearman correlation with an indicator already in the library. At 0.9 the
    /// two rank practices almost identically (81% of rank variance shared); publishing both would count one thing twice.
    /// </summary>
    public const double DuplicateCorrelation = 0.9;

    /// <summary>
    /// Advisory at or above (and below <see cref="DuplicateCorrelation"/>): a large overlap with an existing
    /// indicator that the reviewer should justify (a need-adjusted twin, a different data source).
    /// </summary>
    public const double OverlapCorrelation = 0.8;

    /// <summary>
    /// Advisory below: the Spearman correlation of practice values between the review month and the same month a
    /// year earlier. Below 0.5 a practice's rank this year says little about next year's, so a single year's rating
    /// would mislead; it is advisory because a genuine change (a new data source, a pandemic year) also lowers it,
    /// and chance variation is judged separately.
    /// </summary>
    public const double MinimumYearOnYearCorrelation = 0.5;

    /// <summary>
    /// Fewest practices a correlation, funnel or stability figure is computed from; with fewer a Spearman
    /// coefficient's standard error (about 1/√(n − 1)) exceeds 0.19 and the figures are not assessed.
    /// </summary>
    public const int MinimumPractices = 30;

    /// <summary>
    /// Monte-Carlo refits for the SII's interval. PHEindicatormethods defaults to 100,000; 10,000 puts the interval's
    /// ends within about 1% of its width of where 100,000 would (the error of a simulated percentile shrinks as
    /// 1/√refits), well inside the 5% PHE's own tests allow, at a tenth of the time: a review judges the SII's size,
    /// not its third digit.
    /// </summary>
    public const int SiiRepetitions = 10_000;

    /// <summary>The seed of the SII's Monte-Carlo stream, so a review repeats exactly.</summary>
    public const int SiiSeed = 1;
}
