using Analysis.Data.Periods;

namespace Analysis.Indicators.Tests.Library;

public sealed class LibraryRunTests(SampleRun sample) : IClassFixture<SampleRun>
{
    [Fact]
    public void Every_indicator_has_an_england_value_on_the_sample()
    {
        Assert.All(sample.Indicators, d =>
        {
            var england = Assert.Single(sample.England.Values, v => v.IndicatorId == d.Id);
            Assert.True(england.Value is not null || england.Gap is not null, $"{d.Id} has no England value");
            Assert.True(england.Practices > 250, $"{d.Id} used only {england.Practices} practices");
        });
    }

    [Fact]
    public void Every_indicator_has_values_for_most_icbs_and_uses_rows_on_the_sample()
    {
        var icbs = sample.Panel.Rows.Select(r => r.Geography.Icb?.Code).Where(c => c is not null).Distinct().Count();

        Assert.All(sample.Indicators, d =>
        {
            var values = sample.Icb.Values.Where(v => v.IndicatorId == d.Id && (v.Value is not null || v.Gap is not null)).ToList();
            Assert.True(values.Count >= icbs / 2, $"{d.Id}: {values.Count} of {icbs} ICBs have a value");
            Assert.True(sample.Icb.Coverage.Single(c => c.IndicatorId == d.Id).RowsUsed > 0);
        });
    }

    [Fact]
    public void Gp_fte_per_weighted_patient_is_the_ratio_of_sums_over_practices_kept_by_its_exclusions()
    {
        var september = new Month(2022, 9);
        var kept = sample.Panel.Rows.Where(r => r.Month == september && r.Workforce?.QualifiedGpFte is not null && r.WeightedPatients is not null
            && !(r.RegisteredPatients < 1_000) && r.Workforce.AllGpFte != 0 && r.WeightedPatients != 0).ToList();
        var expected = 10_000 * (double)kept.Sum(r => r.Workforce!.QualifiedGpFte!.Value) / (double)kept.Sum(r => r.WeightedPatients!.Value);

        var wf01 = Assert.Single(new IndicatorEngine().Run(sample.Panel, sample.Indicators, Level.England, september).Values, v => v.IndicatorId == "WF01");

        Assert.Equal(expected, wf01.Value!.Value, 9);
        Assert.Equal(kept.Count, wf01.Practices);
    }

    [Fact]
    public void The_england_rate_shortfall_sums_to_zero_over_england_and_the_median_one_does_not()
    {
        var sf01 = Assert.Single(sample.England.Values, v => v.IndicatorId == "SF01");
        var sf04 = Assert.Single(sample.England.Values, v => v.IndicatorId == "SF04");

        Assert.Equal(0, sf01.Gap!.Value, 6);
        Assert.NotEqual(0, sf04.Gap!.Value, 6);
    }

    [Fact]
    public void Prevalence_reads_each_register_against_its_own_list()
    {
        var september = new Month(2022, 9);
        var kept = sample.Panel.Rows.Where(r => r.Month == september && r.Prevalence is not null && r.Prevalence.ContainsKey("DM") && !(r.RegisteredPatients < 1_000)).ToList();
        var expected = 100.0 * kept.Sum(r => r.Prevalence!["DM"].RegisterCount) / kept.Sum(r => r.Prevalence!["DM"].ListSize);

        var prv01 = Assert.Single(new IndicatorEngine().Run(sample.Panel, sample.Indicators, Level.England, september).Values, v => v.IndicatorId == "PRV01");

        Assert.All(kept, r => Assert.Equal("17OV", r.Prevalence!["DM"].ListType));
        Assert.Equal(expected, prv01.Value!.Value, 9);
    }
}
