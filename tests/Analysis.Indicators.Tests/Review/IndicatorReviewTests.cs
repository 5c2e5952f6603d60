using Analysis.Data.Periods;
using Analysis.Indicators.Review;
using static Analysis.Indicators.Tests.Review.ReviewResults;

namespace Analysis.Indicators.Tests.Review;

/// <summary>The assessment's figures from small hand-built results.</summary>
public sealed class IndicatorReviewTests
{
    private static readonly IndicatorDefinition Candidate = Definition();

    [Fact]
    public void Coverage_counts_each_practice_of_the_review_month_once_and_keeps_the_reasons()
    {
        var values = Values(Candidate.Id, March2023, Enumerable.Range(1, 6).Select(i => (double)i))
            .Append(Suppressed(Candidate.Id, 7, March2023))
            .Append(Excluded(Candidate.Id, 8, March2023))
            .Append(Excluded(Candidate.Id, 9, March2023))
            .Append(Missing(Candidate.Id, 10, March2023))
            .Concat(Values(Candidate.Id, new Month(2022, 3), [1, 2, 3]));
        var practices = Results(Level.Practice, [Candidate], values, new ReasonCount("list under 1,000 patients", 2));

        var review = Assess(practices);

        var c = review.Coverage;
        Assert.Equal((March2023, 10, 6, 1, 2, 1), (c.Period, c.Practices, c.WithValue, c.Suppressed, c.Excluded, c.Missing));
        Assert.Equal((0.6, 0.1), (c.Share, c.SuppressedShare));
        Assert.Equal([new Month(2022, 3), March2023], c.Months);
        Assert.Equal(new ReasonCount("list under 1,000 patients", 2), Assert.Single(c.ExcludedByReason));
        Assert.Equal(VerdictOutcome.Blocking, Verdict(review, ReviewCheck.Coverage).Outcome);
    }

    [Fact]
    public void The_distribution_gives_the_mean_and_the_fingertips_percentiles()
    {
        var review = Assess(Results(Level.Practice, [Candidate], Values(Candidate.Id, March2023, Enumerable.Range(1, 17).Select(i => (double)i))));

        var d = review.Distribution;
        Assert.Equal((17, 9.0), (d.Count, d.Mean!.Value));
        Assert.Equal((1.0, 5.0, 9.0, 13.0, 17.0), (d.Percentiles!.Value.Minimum, d.Percentiles.Value.P25, d.Percentiles.Value.Median, d.Percentiles.Value.P75, d.Percentiles.Value.Maximum));
        Assert.Equal(Math.Sqrt(25.5), d.StandardDeviation!.Value, 12);
    }

    [Fact]
    public void Practices_near_the_centre_are_chance_and_block_while_widely_spread_ones_pass()
    {
        // 1,000 patients each around 10%: ±9 events is about one standard error; ±50 is about five (arcsine z-scores 4.80 and −6.09).
        var chance = Assess(Funnel(spread: 9, outside: 1));
        var spread = Assess(Funnel(spread: 50, outside: 40));

        Assert.Equal((0.01, VerdictOutcome.Blocking), (chance.Funnel.ShareOutside998, Verdict(chance, ReviewCheck.ChanceVariation).Outcome));
        Assert.Equal(0.9021, chance.Funnel.Phi!.Value, 3);
        Assert.Equal((0.4, VerdictOutcome.Pass), (spread.Funnel.ShareOutside998, Verdict(spread, ReviewCheck.ChanceVariation).Outcome));
        Assert.Equal(30.0596, spread.Funnel.Phi!.Value, 3);
        Assert.Equal(Analysis.Statistics.OverdispersionScale.Proportion, spread.Funnel.Scale);
    }

    [Fact]
    public void Outliers_beyond_the_widened_limits_are_named_furthest_first()
    {
        var values = Enumerable.Range(1, 100).Select(i => (i % 2 == 0 ? 90.0 : 110.0)).ToList();
        values[41] = 300; // practice 42: far above
        values[6] = 10;   // practice 7: far below, not as far in z
        var review = Assess(Results(Level.Practice, [Candidate], values.Select((x, i) =>
            Value(Candidate.Id, i + 1, March2023, x / 10, x, 1000, x is 300 or 10 ? FunnelSignal.VeryHigh : FunnelSignal.NotSignificant, england: 10))));

        Assert.Equal(["X00042", "X00007"], review.Funnel.Outliers.Select(o => o.Code));
        Assert.Equal("Practice 42", review.Funnel.Outliers[0].Name);
        Assert.True(review.Funnel.Outliers[0].AdjustedLimits!.Value.Upper998 < 30);
        Assert.Equal(review.Funnel.Outliers[0].AdjustedLimits, review.Funnel.AdjustedLimitsAt(1000));
    }

    [Fact]
    public void Means_get_no_funnel()
    {
        var mean = Definition(type: IndicatorValueType.Mean);

        var review = IndicatorReview.Assess(Results(Level.Practice, [mean], Values(mean.Id, March2023, Enumerable.Range(1, 40).Select(i => (double)i))), NoDeciles(mean), NoLibrary(), Deciles(40));

        Assert.Contains("no sampling model", review.Funnel.NotApplicable, StringComparison.Ordinal);
        Assert.Equal(VerdictOutcome.NotAssessed, Verdict(review, ReviewCheck.ChanceVariation).Outcome);
    }

    [Fact]
    public void Deprivation_correlates_practice_values_with_their_deciles_and_fits_the_sii_to_the_decile_values()
    {
        // Practice i is in decile ((i − 1) mod 10) + 1 and has that decile as its value; each decile's value is 10·decile.
        var values = Enumerable.Range(1, 100).Select(i => Value(Candidate.Id, i, March2023, ((i - 1) % 10) + 1, england: 55));
        var deciles = Results(Level.DeprivationDecile, [Candidate], Enumerable.Range(1, 10).Select(g => new IndicatorValue
        {
            IndicatorId = Candidate.Id, Level = Level.DeprivationDecile, AreaCode = g.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AreaName = "Decile", Period = March2023, Value = 10.0 * g, Numerator = g * 100.0, Denominator = 1000, Practices = 10,
        }));

        var review = IndicatorReview.Assess(Results(Level.Practice, [Candidate], values), deciles, NoLibrary(), Deciles(100));

        var r = review.Deprivation;
        Assert.Equal((1.0, 100), (r.Correlation!.Value, r.Practices));
        Assert.Equal(100.0, r.Inequality.Sii!.Value, 9);   // 10·decile = 100·b + 5 at the ridit mid-points b
        Assert.Equal(100.0 / 55, r.SiiShareOfEngland!.Value, 9);
        Assert.Equal(Enumerable.Range(1, 10), r.Deciles.Select(x => x.Decile));
        Assert.Equal(VerdictOutcome.Blocking, Verdict(review, ReviewCheck.Deprivation).Outcome);
    }

    [Fact]
    public void A_library_indicator_ranking_practices_the_same_way_is_a_duplicate_and_one_unrelated_is_not()
    {
        var library = Library(("SAME01", i => 1000.0 - i), ("NOISE1", i => (i * 37) % 50));

        var review = IndicatorReview.Assess(Increasing(50), NoDeciles(Candidate), library, Deciles(50));

        Assert.Equal(["SAME01", "NOISE1"], review.Correlations.Select(c => c.IndicatorId));
        Assert.Equal(-1.0, review.Correlations[0].Rho!.Value, 12);
        Assert.InRange(Math.Abs(review.Correlations[1].Rho!.Value), 0, 0.3);
        var verdict = Verdict(review, ReviewCheck.Duplicate);
        Assert.Equal(VerdictOutcome.Blocking, verdict.Outcome);
        Assert.Contains("SAME01", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_entry_with_the_candidates_own_id_is_left_out()
    {
        var library = Library((Candidate.Id, i => i), ("NOISE1", i => (i * 37) % 50));

        var review = IndicatorReview.Assess(Increasing(50), NoDeciles(Candidate), library, Deciles(50));

        Assert.Equal("NOISE1", Assert.Single(review.Correlations).IndicatorId);
        Assert.Equal(VerdictOutcome.Pass, Verdict(review, ReviewCheck.Duplicate).Outcome);
    }

    [Fact]
    public void Stability_pairs_the_review_month_with_the_same_month_in_earlier_years()
    {
        var earlier = new Month(2022, 3);
        var oldest = new Month(2021, 3);
        var values = Values(Candidate.Id, March2023, Enumerable.Range(1, 40).Select(i => (double)i))
            .Concat(Values(Candidate.Id, earlier, Enumerable.Range(1, 40).Select(i => (double)(41 - i))))
            .Concat(Values(Candidate.Id, oldest, Enumerable.Range(1, 40).Select(i => (double)(41 - i))))
            .Concat(Values(Candidate.Id, new Month(2022, 9), Enumerable.Range(1, 40).Select(i => (double)i)));

        var review = IndicatorReview.Assess(Results(Level.Practice, [Candidate], values), NoDeciles(Candidate), NoLibrary(), Deciles(40));

        Assert.Equal([(earlier, March2023, -1.0), (oldest, earlier, 1.0)], review.Stability.Select(s => (s.From, s.To, Math.Round(s.Rho!.Value, 12))));
        Assert.Equal(VerdictOutcome.Advisory, Verdict(review, ReviewCheck.Stability).Outcome);
    }

    [Fact]
    public void Results_at_the_wrong_level_are_refused_with_a_message_naming_them()
    {
        var atIcb = Results(Level.Icb, [Candidate], []);

        var error = Assert.Throws<ArgumentException>(() => IndicatorReview.Assess(atIcb, NoDeciles(Candidate), NoLibrary(), Deciles(1)));

        Assert.Contains("Practices should be results at level Practice, not Icb", error.Message, StringComparison.Ordinal);
    }

    private static IndicatorReview Assess(IndicatorResults practices) =>
        IndicatorReview.Assess(practices, NoDeciles(Candidate), NoLibrary(), Deciles(practices.Values.Count));

    private static ReviewVerdict Verdict(IndicatorReview review, ReviewCheck check) => review.Verdicts.Single(v => v.Check == check);

    private static IndicatorResults Increasing(int practices) =>
        Results(Level.Practice, [Candidate], Values(Candidate.Id, March2023, Enumerable.Range(1, practices).Select(i => (double)i)));

    private static IndicatorResults Library(params (string Id, Func<int, double> Value)[] indicators) => Results(
        Level.Practice,
        [.. indicators.Select(x => Definition(x.Id))],
        indicators.SelectMany(x => Enumerable.Range(1, 50).Select(i => Value(x.Id, i, March2023, x.Value(i)))));

    /// <summary>100 practices of 1,000 patients around 10%: alternately 100 ± spread events; the first <paramref name="outside"/> flagged beyond 99.8%.</summary>
    private static IndicatorResults Funnel(int spread, int outside) => Results(Level.Practice, [Candidate], Enumerable.Range(1, 100).Select(i =>
    {
        double x = i % 2 == 0 ? 100 - spread : 100 + spread;
        return Value(Candidate.Id, i, March2023, x / 10, x, 1000, i <= outside ? FunnelSignal.VeryHigh : FunnelSignal.NotSignificant, england: 10);
    }));
}
