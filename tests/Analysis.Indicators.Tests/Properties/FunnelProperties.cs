using Analysis.Statistics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analysis.Indicators.Tests.Properties;

/// <summary>Funnel limits surround the centre line, 99.8% outside 95%, and narrow monotonically as the size grows.</summary>
public sealed class FunnelProperties
{
    private static Gen<(int Small, int Large)> Sizes { get; } =
        from small in Gen.Choose(1, 500_000)
        from extra in Gen.Choose(1, 500_000)
        select (small, small + extra);

    [Property(MaxTest = 500)]
    public Property Proportion_limits_nest_around_the_average_and_stay_within_0_and_100_percent() =>
        Prop.ForAll(StatisticsGen.Average.ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (average, n) =>
        {
            var l = Funnel.ProportionLimits(average, n, 100);
            var centre = average * 100;
            return (0 <= l.Lower998 && l.Lower998 <= l.Lower95 && l.Lower95 <= centre
                    && centre <= l.Upper95 && l.Upper95 <= l.Upper998 && l.Upper998 <= 100)
                .Label($"{average} at n = {n}: {l}");
        });

    [Property(MaxTest = 500)]
    public Property Proportion_limits_narrow_as_n_grows_and_widen_as_it_falls() =>
        Prop.ForAll(StatisticsGen.Average.ToArbitrary(), Sizes.ToArbitrary(), (average, sizes) =>
        {
            var (wide, narrow) = (Funnel.ProportionLimits(average, sizes.Small, 1), Funnel.ProportionLimits(average, sizes.Large, 1));
            return (wide.Lower95 <= narrow.Lower95 && narrow.Upper95 <= wide.Upper95
                    && wide.Lower998 <= narrow.Lower998 && narrow.Upper998 <= wide.Upper998
                    && narrow.Upper998 - narrow.Lower998 < wide.Upper998 - wide.Lower998)
                .Label($"{average}: n = {sizes.Small} {wide}, n = {sizes.Large} {narrow}");
        });

    [Property(MaxTest = 200)]
    public Property Rate_limits_nest_around_the_average_and_narrow_as_events_grow() =>
        Prop.ForAll(Gen.Choose(1, 5_000).ToArbitrary(), Gen.Choose(1, 400).ToArbitrary(), Gen.Choose(1, 2_000).ToArbitrary(), (events, more, perMille) =>
        {
            var average = perMille / 100_000.0;
            var centre = average * 100_000;
            var (few, many) = (Funnel.RateLimits(events, average, 100_000), Funnel.RateLimits(events + more, average, 100_000));
            static bool Nested(PoissonFunnelRow r, double c) =>
                r.Lower998.Limit <= r.Lower95.Limit && r.Lower95.Limit <= c && c <= r.Upper95.Limit && r.Upper95.Limit <= r.Upper998.Limit;
            return (Nested(few, centre) && Nested(many, centre)
                    && few.Lower95.Limit <= many.Lower95.Limit && many.Upper95.Limit <= few.Upper95.Limit
                    && few.Lower998.Limit <= many.Lower998.Limit && many.Upper998.Limit <= few.Upper998.Limit)
                .Label($"{events} and {events + more} events around {centre}: {few} / {many}");
        });

    [Property(MaxTest = 200)]
    public Property Overdispersed_limits_nest_and_narrow_as_the_denominator_grows() =>
        Prop.ForAll(
            Gen.Choose(20, 2_000).Select(n => (double)n).ArrayOf(12).ToArbitrary(),
            Gen.Choose(5, 60).Select(p => p / 100.0).ArrayOf(12).ToArbitrary(),
            Sizes.ToArbitrary(),
            (denominators, rates, sizes) =>
            {
                var numerators = denominators.Zip(rates, (n, p) => Math.Round(n * p)).ToArray();
                var funnel = Funnel.Overdispersed(numerators, denominators, OverdispersionScale.Proportion);
                var (wide, narrow) = (funnel.LimitsAt(sizes.Small), funnel.LimitsAt(sizes.Large));
                static bool Nested(FunnelLimits l, double t) =>
                    l.Lower998 <= l.Lower95 && l.Lower95 <= t && t <= l.Upper95 && l.Upper95 <= l.Upper998;
                return (Nested(wide, funnel.Target) && Nested(narrow, funnel.Target)
                        && narrow.Upper998 - narrow.Lower998 <= wide.Upper998 - wide.Lower998)
                    .Label($"target {funnel.Target}, φ {funnel.Phi}: {wide} / {narrow}");
            });
}
