using Analysis.Statistics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analysis.Indicators.Tests.Properties;

/// <summary>The slope index of inequality follows the gradient across deprivation quantiles.</summary>
public sealed class InequalityProperties
{
    private static Gen<(double[] Populations, double[] Steps)> Quantiles { get; } =
        from count in Gen.Choose(5, 10)
        from populations in Gen.Choose(100, 100_000).Select(p => (double)p).ArrayOf(count)
        from steps in Gen.Choose(1, 1_000).Select(s => s / 100.0).ArrayOf(count)
        select (populations, steps);

    [Property(MaxTest = 300)]
    public Property A_value_rising_with_the_quantile_gives_a_positive_sii_and_a_falling_one_a_negative_sii() =>
        Prop.ForAll(Quantiles.ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (q, start) =>
        {
            var rising = Cumulative(start / 100.0, q.Steps, +1);
            var falling = Cumulative(start / 100.0 + q.Steps.Sum(), q.Steps, -1);
            var (up, down) = (Inequality.Slope(q.Populations, rising), Inequality.Slope(q.Populations, falling));
            return (up.Sii > 0 && down.Sii < 0).Label($"rising {up}, falling {down}");
        });

    [Property(MaxTest = 200)]
    public Property A_flat_gradient_gives_an_sii_of_zero_and_an_rii_of_one() =>
        Prop.ForAll(Quantiles.ToArbitrary(), Gen.Choose(1, 10_000).ToArbitrary(), (q, level) =>
        {
            var flat = Enumerable.Repeat(level / 100.0, q.Populations.Length).ToArray();
            var index = Inequality.Slope(q.Populations, flat);
            return (Math.Abs(index.Sii) < 1e-9 * level && Math.Abs(index.Rii - 1) < 1e-9).Label(index.ToString());
        });

    private static double[] Cumulative(double start, double[] steps, int sign)
    {
        var values = new double[steps.Length];
        var value = start;
        for (var i = 0; i < steps.Length; i++)
        {
            value += sign * steps[i];
            values[i] = value;
        }

        return values;
    }
}
