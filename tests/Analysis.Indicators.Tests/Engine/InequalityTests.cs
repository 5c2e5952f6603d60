using Analysis.Indicators.Tests.Engine.Support;
using static Analysis.Indicators.Tests.Engine.Support.TestPanels;

namespace Analysis.Indicators.Tests.Engine;

public sealed class InequalityTests
{
    // Decile i (one practice each, 10,000 weighted patients) has i × 10 GP FTE: 10·i per 10,000, which is 100·b + 5
    // at the deciles' ridit mid-points b = (i − 0.5)/10 with equal populations.
    private static readonly PracticeSpec[] Gradient =
        [.. Enumerable.Range(1, 10).Select(i => new PracticeSpec($"X{i:D5}", "QAA", 10_000m, i * 10m, ImdScore: i))];

    [Fact]
    public void A_straight_gradient_across_deciles_gives_its_slope_and_ratio()
    {
        var result = new IndicatorEngine().Inequality(OneYear(Gradient), [Definitions.GpRate().Build()], repetitions: 2_000).Single();

        Assert.Equal((March2023, 10), (result.Period, result.Groups));
        Assert.Equal(100.0, result.Sii!.Value, 9);
        Assert.Equal(5.0, result.Intercept!.Value, 9);
        Assert.Equal(21.0, result.Rii!.Value, 9);
        Assert.InRange(100.0, result.SiiLower!.Value, result.SiiUpper!.Value);
        Assert.InRange(21.0, result.RiiLower!.Value, result.RiiUpper!.Value);
    }

    [Fact]
    public void The_simulated_intervals_repeat_for_the_same_seed()
    {
        var engine = new IndicatorEngine();

        var first = engine.Inequality(OneYear(Gradient), [Definitions.GpRate().Build()], repetitions: 2_000, seed: 7).Single();
        var again = engine.Inequality(OneYear(Gradient), [Definitions.GpRate().Build()], repetitions: 2_000, seed: 7).Single();

        Assert.Equal(first, again);
    }

    [Fact]
    public void A_missing_decile_gives_no_index()
    {
        var result = new IndicatorEngine().Inequality(OneYear(Gradient[..9]), [Definitions.GpRate().Build()], repetitions: 2_000).Single();

        Assert.Equal(9, result.Groups);
        Assert.Null(result.Sii);
    }
}
