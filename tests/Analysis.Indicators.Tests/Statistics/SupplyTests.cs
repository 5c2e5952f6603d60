using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class SupplyTests
{
    [Fact]
    public void Section12_patients_per_gp_and_gps_per_10000_are_reciprocal_views()
    {
        Assert.Equal(2000.0, Supply.PatientsPerGp(9000, 4.5), 10);
        Assert.Equal(5.0, Supply.GpFtePer10000(4.5, 9000), 10);
        Assert.True(double.IsNaN(Supply.PatientsPerGp(9000, 0)));
        Assert.True(double.IsNaN(Supply.GpFtePer10000(1, 0)));
    }

    [Fact]
    public void Section12_group_summaries_are_ratios_of_sums_not_means_of_ratios()
    {
        double[] fte = [2, 10];
        double[] patients = [2000, 30000];

        var ratioOfSums = Supply.RatioOfSums(fte, patients, 10_000);
        var meanOfRatios = fte.Zip(patients, Supply.GpFtePer10000).Average();

        Assert.Equal(12.0 / 32000 * 10_000, ratioOfSums, 12);
        Assert.NotEqual(meanOfRatios, ratioOfSums, 6);
        Assert.Equal(ratioOfSums, Supply.RatioOfSums([.. fte, double.NaN], [.. patients, 500], 10_000), 12);
    }

    [Fact]
    public void Section12_heec_averages_monthly_fte_over_the_year_and_rounds_to_one_decimal_like_r()
    {
        Assert.Equal(4.2, Supply.AnnualAverageFte([4.1, 4.2, 4.3, double.NaN]));
        Assert.Equal(0.1, Supply.AnnualAverageFte([0.15]));
        Assert.Equal(2.2, Supply.AnnualAverageFte([2.25]));
        Assert.True(double.IsNaN(Supply.AnnualAverageFte([])));
    }

    [Fact]
    public void Section12_the_shortfall_is_what_the_benchmark_rate_would_staff_minus_what_is_there() =>
        Assert.Equal(1.5, Supply.ShortfallFte(3, 9000, 5), 12);
}
