using Analysis.Statistics.Distributions;

namespace Analysis.Indicators.Tests.Statistics.Distributions;

// Reference values computed with mpmath 1.3.0 at 40 digits from the exact binary value of each double
// argument (bisection on mpmath's regularised gamma and beta functions), printed to 20 significant figures.
public sealed class DistributionTests
{
    private const double Tolerance = 1e-12;

    [Theory]
    [InlineData(0.975, 1.9599639845400538556)]
    [InlineData(0.999, 3.0902323061678132778)]
    [InlineData(0.9, 1.2815515655446005935)]
    [InlineData(0.6, 0.25334710313579974132)]
    [InlineData(1e-10, -6.3613409024040561991)]
    [InlineData(0.025, -1.9599639845400542118)]
    [InlineData(0.0001, -3.7190164854556805523)]
    [InlineData(0.3, -0.52440051270804081597)]
    [InlineData(0.999999, 4.7534243088170877657)]
    public void Normal_quantile_matches_high_precision_reference(double p, double expected) =>
        Tolerances.AssertRelative(expected, Normal.Quantile(p), Tolerance);

    [Theory]
    [InlineData(0.025, 2, 0.050635615968579753654)]
    [InlineData(0.975, 4, 11.143286781877795099)]
    [InlineData(0.025, 0.89, 0.00038240211440097904292)]
    [InlineData(0.975, 2.89, 9.1421338752874075474)]
    [InlineData(0.001, 20, 5.9210407454875191567)]
    [InlineData(0.999, 22, 48.267942290835172597)]
    [InlineData(0.025, 130, 100.33125545846853387)]
    [InlineData(0.975, 132, 165.69567163174315125)]
    [InlineData(0.0005, 10000, 9541.1908574959507852)]
    [InlineData(0.9995, 20000, 20664.663953106299235)]
    [InlineData(0.5, 1, 0.45493642311957275194)]
    [InlineData(0.1, 0.02, 1.1321476294123879579e-100)]
    public void Chi_square_quantile_matches_high_precision_reference(double p, double df, double expected) =>
        Tolerances.AssertRelative(expected, ChiSquare.Quantile(p, df), Tolerance);

    [Theory]
    [InlineData(0.975, 7, 2.3646242515927847379)]
    [InlineData(0.975, 1, 12.706204736174693314)]
    [InlineData(0.975, 2, 4.3026527297494617894)]
    [InlineData(0.999, 3, 10.214531852407383456)]
    [InlineData(0.995, 30, 2.7499956535672249664)]
    [InlineData(0.975, 1000, 1.9623390808264081039)]
    [InlineData(0.9, 5, 1.4758840488244812516)]
    [InlineData(0.95, 100000, 1.6448688647849693034)]
    public void Student_t_quantile_matches_high_precision_reference(double p, double df, double expected)
    {
        Tolerances.AssertRelative(expected, StudentT.Quantile(p, df), Tolerance);
        Tolerances.AssertRelative(-expected, StudentT.Quantile(1.0 - p, df), Tolerance);
    }

    [Fact]
    public void Chi_square_with_no_degrees_of_freedom_is_zero_as_in_R() =>
        Assert.Equal(0.0, ChiSquare.Quantile(0.975, 0));

    [Theory]
    [InlineData(0.3)]
    [InlineData(2.5)]
    [InlineData(40)]
    [InlineData(3000)]
    public void Gamma_inverse_round_trips_through_both_tails(double a)
    {
        foreach (var p in new[] { 1e-12, 0.001, 0.025, 0.5, 0.975, 0.999 })
        {
            var x = Gamma.InverseRegularized(a, p, 1.0 - p);
            var (lower, upper) = Gamma.Regularized(a, x);
            Tolerances.AssertRelative(p <= 0.5 ? p : 1.0 - p, p <= 0.5 ? lower : upper, 1e-12);
        }
    }

    [Theory]
    [InlineData(-1.959963984540054, 0.025)]
    [InlineData(0.0, 0.5)]
    [InlineData(3.090232306167813, 0.999)]
    public void Normal_distribution_function_inverts_the_quantile(double z, double p) =>
        Tolerances.AssertRelative(p, Normal.Cdf(z), 1e-13);
}
