using System.Linq.Expressions;
using Analysis.Data.Codes;
using Analysis.Data.Geography;
using Analysis.Data.Panels;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Workforce;
using Analysis.Indicators.Tests.Engine.Support;

namespace Analysis.Indicators.Tests.Engine;

public sealed class NullSafeTests
{
    private static readonly PanelRow Bare = new()
    {
        Practice = OdsCode.From("X00001"),
        Month = new Month(2023, 3),
        Geography = PracticeGeography.Unknown,
    };

    private static readonly PanelRow Staffed = Bare with
    {
        Workforce = new WorkforceSnapshot { Practice = Bare.Practice, Census = Bare.Month, QualifiedGpFte = 2.5m, NurseFte = null, QualifiedGpHeadcount = 3 },
        Prevalence = new Dictionary<string, QofPrevalence>
        {
            ["DM"] = new() { Year = new Data.Periods.FinancialYear(2022), Practice = Bare.Practice, Register = "DM", RegisterCount = 400, ListType = "17+", ListSize = 5000 },
        },
    };

    [Fact]
    public void Reading_through_a_missing_record_gives_null_and_names_the_record()
    {
        Assert.Equal((null, "no workforce record"), Evaluate(p => p.Workforce!.QualifiedGpFte, Bare));
        Assert.Equal((2.5m, null), Evaluate(p => p.Workforce!.QualifiedGpFte, Staffed));
    }

    [Fact]
    public void A_blank_field_names_the_field_and_its_record()
    {
        Assert.Equal((null, "no nurse FTE in workforce record"), Evaluate(p => p.Workforce!.QualifiedGpFte + p.Workforce.NurseFte, Staffed));
        Assert.Equal((null, "no weighted patients"), Evaluate(p => p.WeightedPatients, Bare));
    }

    [Fact]
    public void Operators_lift_over_a_null_and_coalescing_recovers_a_value()
    {
        Assert.Equal((0m, "no workforce record"), Evaluate(p => p.Workforce!.NurseFte ?? 0m, Bare));
        Assert.Equal((6m, null), Evaluate(p => p.Workforce!.QualifiedGpHeadcount * 2, Staffed));
        Assert.Equal((null, "no registration record"), Evaluate(p => p.Registration!.Patients, Bare));
        Assert.Equal((null, "no registration record"), Evaluate(p => Math.Max(p.Registration!.Patients, 1000), Bare));
    }

    [Fact]
    public void A_missing_dictionary_key_is_a_reason_not_an_exception()
    {
        Assert.Equal((400m, null), Evaluate(p => p.Prevalence!["DM"].RegisterCount, Staffed));
        Assert.Equal((null, "no AF in prevalence record"), Evaluate(p => p.Prevalence!["AF"].RegisterCount, Staffed));
        Assert.Equal((null, "no prevalence record"), Evaluate(p => p.Prevalence!["AF"].RegisterCount, Bare));
    }

    [Fact]
    public void A_condition_that_reads_a_missing_record_is_false()
    {
        var rule = new RowOracle().Compile<bool>((Expression<Func<PanelRow, bool>>)(p => p.Workforce!.IsEstimated || p.Workforce.QualifiedGpFte > 10m));

        Assert.False(rule(Bare).Value);
    }

    private static (decimal? Value, string? Reason) Evaluate(Expression<Func<PanelRow, decimal?>> expression, PanelRow row)
    {
        var oracle = new RowOracle();
        var (value, reason) = oracle.Compile<decimal?>(expression)(row);
        return (value, reason == 0 ? null : oracle.Reason(reason));
    }
}
