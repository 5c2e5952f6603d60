using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

// χ² references from an independent Python transcription of the §11 formulas.
public sealed class TrendTests
{
    private static TrendPoint Point(double value, double halfWidth, double count = 10, double denominator = 100) =>
        new(value, value - halfWidth, value + halfWidth, count, denominator);

    private static readonly TrendPoint[] Rising =
    [
        Point(9, 0.5), Point(10, 0.5), Point(10.5, 0.5), Point(11.2, 0.5), Point(11.9, 0.5), Point(12.4, 0.5),
    ];

    [Fact]
    public void Section11_a_steady_rise_with_narrow_intervals_is_increasing()
    {
        var result = Trend.Recent(Rising);

        Assert.Equal(TrendMarker.Increasing, result.Marker);
        Tolerances.AssertRelative(59.06844159999965, result.ChiSquare, 1e-12);
        Assert.True(result.IsSignificant);
    }

    [Fact]
    public void Section11_a_falling_series_is_decreasing_and_a_noisy_one_no_change()
    {
        var falling = Rising.Reverse().ToArray();
        TrendPoint[] noisy = [Point(10, 2), Point(11, 2), Point(9.5, 2), Point(10.8, 2), Point(10.2, 2)];

        Assert.Equal(TrendMarker.Decreasing, Trend.Recent(falling).Marker);
        Assert.Equal(TrendMarker.NoChange, Trend.Recent(noisy).Marker);
    }

    [Fact]
    public void Section11_the_slope_must_keep_its_sign_when_any_point_is_dropped()
    {
        // A large χ² carried by one very precise point: dropping it flips the slope.
        TrendPoint[] oneOutlier = [Point(10, 1), Point(10.4, 1), Point(10.2, 1), Point(9.6, 1), Point(14, 0.01)];

        var result = Trend.Recent(oneOutlier);

        Assert.True(result.ChiSquare > Trend.Critical);
        Assert.False(result.IsSignificant);
        Assert.Equal(TrendMarker.NoChange, result.Marker);
    }

    [Fact]
    public void Section11_spc_proportions_use_the_chi_square_test_for_trend()
    {
        double[] counts = [100, 110, 125, 140, 160];
        var points = counts.Select(c => new TrendPoint(c / 10, double.NaN, double.NaN, c, 1000)).ToArray();

        var result = Trend.Recent(points, spcForProportions: true);

        Tolerances.AssertRelative(20.29385502069973, result.ChiSquare, 1e-12);
        Assert.Equal(TrendMarker.Increasing, result.Marker);
    }

    [Fact]
    public void Section11_five_unbroken_recent_points_are_needed_and_a_count_equal_to_its_denominator_stops_the_test()
    {
        var gap = Rising.ToArray();
        gap[3] = gap[3] with { Value = double.NaN };
        var full = Rising.ToArray();
        full[5] = full[5] with { Count = 100 };

        Assert.Equal(TrendMarker.CannotBeCalculated, Trend.Recent(gap).Marker);
        Assert.Equal(TrendMarker.CannotBeCalculated, Trend.Recent(Rising.Take(4).ToArray()).Marker);
        Assert.Equal(TrendMarker.CannotBeCalculated, Trend.Recent(full).Marker);
        Assert.Equal(TrendMarker.Increasing, Trend.Recent([gap[0], .. Rising.Skip(1)]).Marker);
    }
}
