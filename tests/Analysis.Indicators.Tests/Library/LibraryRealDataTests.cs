using Analysis.Data.Periods;
using Analysis.Testing;

namespace Analysis.Indicators.Tests.Library;

public sealed class LibraryRealDataTests(RealDataRun real) : IClassFixture<RealDataRun>
{
    // The shared files hold no GP Patient Survey, and their workforce data is HEEC's annual panel: no headcounts,
    // age bands, staff roles, or trainees apart from locums (indicators/README.md, "Where each indicator has values").
    private static readonly string[] WithoutRealData = ["GPPS01", "GPPS02", "GPPS03", "WF05", "WF09", "WF10", "WF11", "WF12"];

    [SharedDataFact]
    public void Every_indicator_whose_data_is_shared_has_an_england_value_and_the_others_have_none()
    {
        var england = real.Engine.Run(real.Panel, real.Indicators, Level.England);

        Assert.All(real.Indicators, d =>
        {
            var hasValue = england.Values.Any(v => v.IndicatorId == d.Id && (v.Value is not null || v.Gap is not null) && v.Practices > 0);
            Assert.True(hasValue != WithoutRealData.Contains(d.Id), $"{d.Id}: value on the real files is {hasValue}");
        });
    }

    [SharedDataFact]
    public void The_2015_16_england_level_behind_sf02_s_target_is_5_05_gp_fte_per_10000_weighted_patients()
    {
        var september2015 = real.Engine.Run(real.Panel, real.Indicators, Level.England, new Month(2015, 9));
        var september2022 = real.Engine.Run(real.Panel, real.Indicators, Level.England, new Month(2022, 9));

        var wf01 = Assert.Single(september2015.Values, v => v.IndicatorId == "WF01");
        Assert.Equal(5.05, Math.Round(wf01.Value!.Value, 2));
        Assert.Equal(7_138, wf01.Practices);
        Assert.Equal(4.29, Math.Round(september2022.Values.Single(v => v.IndicatorId == "WF01").Value!.Value, 2));

        // Against the fixed 5.0 England lacks FTE in 2022-23 though SF01, against its own rate, cannot.
        Assert.True(september2022.Values.Single(v => v.IndicatorId == "SF02").Gap > 3_000);
    }

    [SharedDataFact]
    public void Practices_with_no_gp_fte_at_all_are_counted_out_as_missing_returns()
    {
        var results = real.Engine.Run(real.Panel, real.Indicators, Level.England, new Month(2015, 9));

        var reasons = results.Coverage.Single(c => c.IndicatorId == "WF01").Excluded;
        Assert.Equal(444, reasons.Single(r => r.Reason.StartsWith("no GP FTE recorded", StringComparison.Ordinal)).Rows);
    }
}
