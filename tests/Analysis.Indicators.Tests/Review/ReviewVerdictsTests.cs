using Analysis.Data.Periods;
using Analysis.Indicators.Review;
using static Analysis.Indicators.Tests.Review.ReviewResults;

namespace Analysis.Indicators.Tests.Review;

/// <summary>Each verdict on either side of its threshold, from hand-built figures.</summary>
public sealed class ReviewVerdictsTests
{
    [Theory]
    [InlineData(79, VerdictOutcome.Blocking)]
    [InlineData(80, VerdictOutcome.Pass)]
    public void Coverage_blocks_below_80_percent_of_practices(int withValue, VerdictOutcome expected)
    {
        var verdict = ReviewVerdicts.Coverage(Coverage(withValue: withValue, suppressed: 0));

        Assert.Equal((expected, withValue / 100.0), (verdict.Outcome, verdict.Figure));
        Assert.Contains($"{withValue}.0% of the 100 practices open in 2023-03", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11, VerdictOutcome.Advisory)]
    [InlineData(10, VerdictOutcome.Pass)]
    public void Suppression_is_advisory_above_10_percent(int suppressed, VerdictOutcome expected)
    {
        var verdict = ReviewVerdicts.Suppression(Coverage(withValue: 100 - suppressed, suppressed: suppressed));

        Assert.Equal(expected, verdict.Outcome);
        Assert.False(verdict.IsBlocking);
    }

    [Theory]
    [InlineData(0.019, 8.0, VerdictOutcome.Blocking)]
    [InlineData(0.020, 8.0, VerdictOutcome.Pass)]
    [InlineData(0.020, 1.49, VerdictOutcome.Advisory)]
    [InlineData(0.300, 1.50, VerdictOutcome.Pass)]
    public void Chance_variation_blocks_below_2_percent_outside_the_99_8_limits_and_is_advisory_when_phi_is_below_1_5(double outside, double phi, VerdictOutcome expected)
    {
        var verdict = ReviewVerdicts.Chance(new ReviewFunnel { Practices = [], Outliers = [], ShareOutside998 = outside, Phi = phi });

        Assert.Equal((expected, outside), (verdict.Outcome, verdict.Figure));
        Assert.Contains(FormattableString.Invariant($"φ = {phi:F2}"), verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chance_variation_is_not_assessed_without_a_funnel()
    {
        var verdict = ReviewVerdicts.Chance(new ReviewFunnel { NotApplicable = "A plain ratio has no sampling model.", Practices = [], Outliers = [] });

        Assert.Equal((VerdictOutcome.NotAssessed, "A plain ratio has no sampling model."), (verdict.Outcome, verdict.Message));
    }

    [Theory]
    [InlineData(0.50, 0.10, VerdictOutcome.Blocking)]
    [InlineData(-0.50, 0.10, VerdictOutcome.Blocking)]
    [InlineData(0.49, 0.49, VerdictOutcome.Pass)]
    [InlineData(0.10, 0.50, VerdictOutcome.Blocking)]
    public void Deprivation_blocks_a_judged_indicator_at_rho_0_5_or_an_sii_half_the_england_value(double rho, double siiShare, VerdictOutcome expected)
    {
        var verdict = ReviewVerdicts.Deprivation(Definition(), Deprivation(rho, sii: siiShare * 40, england: 40));

        Assert.Equal((expected, Math.Abs(rho)), (verdict.Outcome, verdict.Figure));
    }

    [Theory]
    [InlineData(Polarity.NoJudgement, Domain.Quality)]
    [InlineData(Polarity.HigherIsBetter, Domain.Context)]
    public void Deprivation_is_only_advisory_for_context_and_no_judgement_indicators(Polarity polarity, Domain domain)
    {
        var verdict = ReviewVerdicts.Deprivation(Definition(polarity: polarity, domain: domain), Deprivation(0.9, sii: 1, england: 40));

        Assert.Equal(VerdictOutcome.Advisory, verdict.Outcome);
    }

    [Fact]
    public void Deprivation_is_not_assessed_without_a_correlation_or_an_sii()
    {
        Assert.Equal(VerdictOutcome.NotAssessed, ReviewVerdicts.Deprivation(Definition(), Deprivation(null, null, 40)).Outcome);
    }

    [Theory]
    [InlineData(0.90, VerdictOutcome.Blocking)]
    [InlineData(-0.95, VerdictOutcome.Blocking)]
    [InlineData(0.89, VerdictOutcome.Advisory)]
    [InlineData(0.80, VerdictOutcome.Advisory)]
    [InlineData(0.79, VerdictOutcome.Pass)]
    public void Duplicate_blocks_at_rho_0_9_with_any_library_indicator_and_is_advisory_from_0_8(double rho, VerdictOutcome expected)
    {
        ReviewCorrelation[] correlations =
        [
            new("WF01", "GP FTE", March2023, 500, 0.3),
            new("WF02", "GP FTE registered", March2023, 500, rho),
            new("WF03", "Too few", March2023, 10, null),
        ];

        var verdict = ReviewVerdicts.Duplicate(correlations);

        Assert.Equal((expected, Math.Abs(rho)), (verdict.Outcome, verdict.Figure));
        Assert.Contains("WF02 (GP FTE registered)", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_is_not_assessed_when_no_library_indicator_could_be_correlated()
    {
        Assert.Equal(VerdictOutcome.NotAssessed, ReviewVerdicts.Duplicate([new("WF01", "GP FTE", March2023, 3, null)]).Outcome);
    }

    [Theory]
    [InlineData(0.49, VerdictOutcome.Advisory)]
    [InlineData(0.50, VerdictOutcome.Pass)]
    public void Stability_is_advisory_below_0_5_in_the_latest_year(double rho, VerdictOutcome expected)
    {
        YearOnYear[] pairs = [new(new Month(2022, 3), March2023, 300, rho), new(new Month(2021, 3), new Month(2022, 3), 300, 0.95)];

        var verdict = ReviewVerdicts.Stability(pairs);

        Assert.Equal((expected, rho), (verdict.Outcome, verdict.Figure));
        Assert.Contains("2023-03 and 2022-03", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stability_is_not_assessed_with_one_year()
    {
        Assert.Equal(VerdictOutcome.NotAssessed, ReviewVerdicts.Stability([]).Outcome);
    }

    [Fact]
    public void Any_diagnostic_blocks_and_none_passes()
    {
        var warning = new ScriptDiagnostic("x.csx", 3, 1, "IND001", DiagnosticSeverity.Warning, "no rationale");

        Assert.Equal(VerdictOutcome.Blocking, ReviewVerdicts.Diagnostics([warning]).Outcome);
        Assert.Equal(VerdictOutcome.Pass, ReviewVerdicts.Diagnostics([]).Outcome);
    }

    private static ReviewCoverage Coverage(int withValue, int suppressed) => new()
    {
        Period = March2023,
        Practices = 100,
        WithValue = withValue,
        Suppressed = suppressed,
        Excluded = 0,
        Missing = 100 - withValue - suppressed,
        Months = [March2023],
        RowsInMonths = 100,
        ExcludedByReason = [],
        MissingByReason = [],
    };

    private static ReviewDeprivation Deprivation(double? rho, double? sii, double england) => new()
    {
        Deciles = [],
        Inequality = new InequalityResult { IndicatorId = "CAND01", Period = March2023, Groups = 10, Sii = sii },
        England = england,
        Correlation = rho,
        Practices = 100,
    };
}
