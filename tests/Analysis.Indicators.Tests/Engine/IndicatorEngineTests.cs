using Analysis.Data.Periods;
using Analysis.Indicators.Tests.Engine.Support;
using Analysis.Statistics;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Engine;

public sealed class IndicatorEngineTests
{
    // QAA: 3 + 1 FTE over 6,000 + 4,000 weighted patients. QBB: one practice without a workforce record, one
    // without weighted patients, one with 6 FTE over 8,000.
    private static readonly PracticeSpec[] TwoIcbs =
    [
        new("X00001", "QAA", Weighted: 6000m, GpFte: 3.0m),
        new("X00002", "QAA", Weighted: 4000m, GpFte: 1.0m, Registered: 4000m),
        new("X00003", "QBB", Weighted: 5000m, GpFte: null, HasWorkforce: false),
        new("X00004", "QBB", Weighted: null, GpFte: 2.0m),
        new("X00005", "QBB", Weighted: 8000m, GpFte: 6.0m),
    ];

    [Fact]
    public void Areas_sum_numerators_and_denominators_rather_than_averaging_practice_rates()
    {
        var results = new IndicatorEngine().Run(OneYear(TwoIcbs), [Definitions.GpRate().Build()], Level.Icb);

        var qaa = results.Values.Single(v => v.AreaCode == "QAA");
        Assert.Equal((4.0, 10_000.0, 2), (qaa.Numerator, qaa.Denominator, qaa.Practices));
        Assert.Equal(4.0, qaa.Value!.Value, 12); // not (5 + 2.5) / 2 = 3.75
        Assert.Equal(March2023, qaa.Period);
        var qbb = results.Values.Single(v => v.AreaCode == "QBB");
        Assert.Equal((6.0, 8_000.0, 1, 2), (qbb.Numerator, qbb.Denominator, qbb.Practices, qbb.Missing));
        Assert.Equal(7.5, qbb.Value!.Value, 12);
        Assert.Equal(10.0 / 18_000 * 10_000, qaa.England!.Value, 12);
    }

    [Fact]
    public void A_rate_below_ten_events_gets_exact_Poisson_limits_and_is_compared_with_England_by_its_interval()
    {
        var results = new IndicatorEngine().Run(OneYear(TwoIcbs), [Definitions.GpRate().Build()], Level.Icb);

        var qaa = results.Values.Single(v => v.AreaCode == "QAA");
        var exact = Rate.ExactPoisson(4.0, 10_000, 10_000);
        Assert.Equal(exact.Lower, qaa.Lower!.Value, 12);
        Assert.Equal(exact.Upper, qaa.Upper!.Value, 12);
        Assert.Equal(BenchmarkOutcome.Similar, qaa.Comparison);
    }

    [Fact]
    public void Rows_without_a_dataset_or_a_value_leave_the_indicator_with_a_counted_reason()
    {
        var results = new IndicatorEngine().Run(OneYear(TwoIcbs), [Definitions.GpRate().Build()], Level.Icb);

        var coverage = Assert.Single(results.Coverage);
        Assert.Equal([March2023], coverage.Periods);
        Assert.Equal((5, 3, 0), (coverage.RowsInPeriod, coverage.RowsUsed, coverage.RowsWithoutArea));
        Assert.Equal([new ReasonCount("no weighted patients", 1), new ReasonCount("no workforce record", 1)], coverage.Missing);
        Assert.Empty(coverage.Excluded);
    }

    [Fact]
    public void A_blank_field_in_a_present_record_is_its_own_reason()
    {
        var panel = OneYear(new PracticeSpec("X00001", "QAA", 6000m, GpFte: null), new PracticeSpec("X00002", "QAA", 6000m, 2m));

        var coverage = new IndicatorEngine().Run(panel, [Definitions.GpRate().Build()], Level.England).Coverage.Single();

        Assert.Equal([new ReasonCount("no qualified GP FTE in workforce record", 1)], coverage.Missing);
    }

    [Fact]
    public void Exclusions_are_applied_in_order_and_counted_by_reason()
    {
        var definition = Definitions.GpRate()
            .Exclude(p => p.RegisteredPatients < 4500m, "list under 4,500")
            .Exclude(p => p.RegisteredPatients < 100_000m, "every practice")
            .Build();

        var results = new IndicatorEngine().Run(OneYear(TwoIcbs[..2]), [definition with { Exclusions = [definition.Exclusions[0]] }], Level.Icb);
        var both = new IndicatorEngine().Run(OneYear(TwoIcbs[..2]), [definition], Level.Icb);

        var qaa = results.Values.Single();
        Assert.Equal((3.0, 6000.0, 1, 1), (qaa.Numerator, qaa.Denominator, qaa.Practices, qaa.Excluded));
        Assert.Equal([new ReasonCount("list under 4,500", 1)], results.Coverage.Single().Excluded);
        Assert.Equal([new ReasonCount("every practice", 1), new ReasonCount("list under 4,500", 1)], both.Coverage.Single().Excluded);
        Assert.Null(both.Values.Single().Value);
    }

    [Fact]
    public void The_practice_level_reports_every_practice_including_those_without_a_value()
    {
        var results = new IndicatorEngine().Run(OneYear(TwoIcbs), [Definitions.GpRate().Build()], Level.Practice);

        Assert.Equal(["X00001", "X00002", "X00003", "X00004", "X00005"], results.Values.Select(v => v.AreaCode));
        Assert.Equal(5.0, results.Values[0].Value!.Value, 12);
        Assert.Null(results.Values[2].Value);
        Assert.Equal((0, 1), (results.Values[2].Practices, results.Values[2].Missing));
        Assert.Equal("PRACTICE X00001", results.Values[0].AreaName);
    }

    [Fact]
    public void All_months_gives_a_time_series_of_the_months_with_data()
    {
        var results = new IndicatorEngine().RunAllMonths(OneYear(TwoIcbs), [Definitions.GpRate().Build()], Level.England);

        Assert.Equal(Month.Range(April2022, March2023), results.Values.Select(v => v.Period));
        Assert.All(results.Values, v => Assert.Equal(10.0 / 18_000 * 10_000, v.Value!.Value, 12));
        Assert.Equal(12 * 5, results.Coverage.Single().RowsInPeriod);
    }

    [Fact]
    public void By_default_each_indicator_reports_the_latest_month_in_which_it_has_data()
    {
        var records = TestPanels.RecordsOf(TwoIcbs[..2])
            .Where(r => r is not Analysis.Data.Workforce.WorkforceSnapshot)
            .Append(Records.Census("X00001", April2022, 3m) with { Census = new Month(2022, 4) })
            .Append(Records.Payments("X00001", "2023-24"))
            .ToList();
        var panel = Analysis.Data.Panels.Panel.Build(Analysis.Data.NhsData.FromRecords(records));
        var list = Define.Indicator("CX01", "List").Definition("d").Rationale("r").Domain(Domain.Context).Ratio().Unit("patients")
            .Numerator(p => p.RegisteredPatients).Denominator(p => 1m).NoJudgement().Build();

        var results = new IndicatorEngine().Run(panel, [Definitions.GpRate().Build(), list], Level.England);

        // The census of April 2022 is in force for twelve months, to March 2023; payments run on to March 2024.
        Assert.Equal(March2023, results.Values.Single(v => v.IndicatorId == "WF01").Period);
        Assert.Equal(new Month(2024, 3), results.Values.Single(v => v.IndicatorId == "CX01").Period);
    }

    [Fact]
    public void A_month_outside_the_panel_gives_no_values()
    {
        var results = new IndicatorEngine().Run(OneYear(TwoIcbs), [Definitions.GpRate().Build()], Level.Icb, new Month(2030, 1));

        Assert.Empty(results.Values);
        Assert.Equal(0, results.Coverage.Single().RowsInPeriod);
    }

    [Fact]
    public void A_definition_without_what_its_value_type_needs_is_refused_with_its_id()
    {
        var broken = Definitions.GpRate().Build() with { Denominator = null };

        var error = Assert.Throws<ArgumentException>(() => new IndicatorEngine().Run(OneYear(TwoIcbs), [broken], Level.Icb));

        Assert.Contains("WF01", error.Message, StringComparison.Ordinal);
        Assert.Contains("no denominator", error.Message, StringComparison.Ordinal);
    }
}
