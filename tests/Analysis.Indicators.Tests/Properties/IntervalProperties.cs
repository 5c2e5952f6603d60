using Analysis.Statistics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analysis.Indicators.Tests.Properties;

/// <summary>Confidence limits contain their estimate, stay in range, and behave as they must in the level and in n.</summary>
public sealed class IntervalProperties
{
    [Property(MaxTest = 500)]
    public Property Wilson_limits_are_ordered_and_within_zero_and_one() =>
        Prop.ForAll(StatisticsGen.Proportion.ToArbitrary(), StatisticsGen.Level.ToArbitrary(), (p, level) =>
        {
            var e = Proportion.Wilson(p.X, p.N, level);
            return (0.0 <= e.Lower && e.Lower <= e.Value && e.Value <= e.Upper && e.Upper <= 1.0)
                .Label($"{p.X}/{p.N} at {level}: {e}");
        });

    [Property(MaxTest = 300)]
    public Property Wilson_at_99_8_percent_contains_the_95_percent_interval() =>
        Prop.ForAll(StatisticsGen.Proportion.ToArbitrary(), p =>
        {
            var (narrow, wide) = (Proportion.Wilson(p.X, p.N, 0.95), Proportion.Wilson(p.X, p.N, 0.998));
            return (wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper).Label($"{p.X}/{p.N}: {narrow} vs {wide}");
        });

    [Property(MaxTest = 300)]
    public Property Wilson_narrows_as_n_grows_at_the_same_proportion() =>
        Prop.ForAll(StatisticsGen.Proportion.Where(p => p.N <= 100_000).ToArbitrary(), Gen.Choose(2, 50).ToArbitrary(), (p, k) =>
        {
            var (small, large) = (Proportion.Wilson(p.X, p.N), Proportion.Wilson((double)p.X * k, (double)p.N * k));
            return (large.Upper - large.Lower < small.Upper - small.Lower).Label($"{p.X}/{p.N} x{k}: {small} vs {large}");
        });

    [Property(MaxTest = 300)]
    public Property Wilson_limits_rise_with_the_numerator() =>
        Prop.ForAll(StatisticsGen.Proportion.Where(p => p.X < p.N).ToArbitrary(), p =>
        {
            var (at, next) = (Proportion.Wilson(p.X, p.N), Proportion.Wilson(p.X + 1, p.N));
            return (at.Lower < next.Lower && at.Upper < next.Upper).Label($"{p.X}/{p.N}: {at} then {next}");
        });

    [Property(MaxTest = 500)]
    public Property Exact_poisson_limits_contain_the_count_and_widen_with_the_level() =>
        Prop.ForAll(StatisticsGen.Count.ToArbitrary(), count =>
        {
            var (at95, at998) = (PoissonCount.Exact(count, 0.95), PoissonCount.Exact(count, 0.998));
            return (0.0 <= at998.Lower && at998.Lower <= at95.Lower && at95.Lower <= count
                    && count <= at95.Upper && at95.Upper <= at998.Upper)
                .Label($"{count}: {at95} / {at998}");
        });

    [Property(MaxTest = 300)]
    public Property Exact_poisson_limits_rise_with_the_count() =>
        Prop.ForAll(StatisticsGen.Count.ToArbitrary(), count =>
        {
            var (at, next) = (PoissonCount.Exact(count), PoissonCount.Exact(count + 1));
            return (at.Lower < next.Lower && at.Upper < next.Upper).Label($"{count}: {at} then {next}");
        });

    [Property(MaxTest = 500)]
    public Property Byar_limits_contain_the_count_where_the_lower_limit_exists() =>
        Prop.ForAll(StatisticsGen.Count.Where(c => c > 0).ToArbitrary(), StatisticsGen.Level.ToArbitrary(), (count, level) =>
        {
            var limits = PoissonCount.Byar(count, level);
            return ((double.IsNaN(limits.Lower) || (0.0 <= limits.Lower && limits.Lower <= count)) && count <= limits.Upper)
                .Label($"{count} at {level}: {limits}");
        });

    [Property(MaxTest = 300)]
    public Property A_crude_rate_lies_within_its_limits_and_scales_with_the_multiplier() =>
        Prop.ForAll(StatisticsGen.Count.ToArbitrary(), Gen.Choose(1, 2_000_000).ToArbitrary(), (count, population) =>
        {
            var (per1000, per100000) = (Rate.Crude(count, population, 1_000), Rate.Crude(count, population));
            return (per1000.Lower <= per1000.Value && per1000.Value <= per1000.Upper
                    && Math.Abs((per100000.Upper / 100) - per1000.Upper) <= 1e-9 * per1000.Upper)
                .Label($"{count} per {population}: {per1000}");
        });
}
