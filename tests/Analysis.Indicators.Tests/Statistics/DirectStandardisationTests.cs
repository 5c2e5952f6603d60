using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class DirectStandardisationTests
{
    private static readonly double[] Events = [10, 30, 80];
    private static readonly double[] Populations = [20000, 15000, 5000];
    private static readonly double[] Weights = [50000, 35000, 15000];

    [Fact]
    public void Section04_example_three_bands()
    {
        var dsr = Standardisation.Direct(Events, Populations, Weights);

        Assert.Equal(335.0, dsr.Value, 10);
        Tolerances.AssertPrinted(277.4192336, dsr.Lower, 7);
        Tolerances.AssertPrinted(400.9523690, dsr.Upper, 7);
    }

    [Fact]
    public void Section04_the_default_standard_is_the_2013_european_standard_population()
    {
        Assert.Equal(19, Standardisation.EuropeanStandardPopulation2013.Count);
        Assert.Equal(100_000, Standardisation.EuropeanStandardPopulation2013.Sum());

        var events = Enumerable.Repeat(2.0, 19).ToArray();
        var populations = Enumerable.Repeat(1000.0, 19).ToArray();
        Assert.Equal(200.0, Standardisation.Direct(events, populations).Value, 10);
    }

    [Fact]
    public void Section04_fewer_than_ten_events_make_the_dsr_missing_and_missing_bands_count_as_zero()
    {
        Assert.True(Standardisation.Direct([3, 3, 3], Populations, Weights).IsMissing);
        Assert.False(Standardisation.Direct([3, 3, 4], Populations, Weights).IsMissing);
        Assert.Equal(
            Standardisation.Direct([0, 30, 80], Populations, Weights),
            Standardisation.Direct([double.NaN, 30, 80], Populations, Weights));
    }

    [Fact]
    public void Section04_non_independent_events_worked_example()
    {
        // People with exactly 1, 2 and 3 events per band; band events are 11, 29 and 85. Reference computed
        // independently with mpmath from the §4 formulas.
        EventFrequency[] frequencies = [new(1, [6, 20, 50]), new(2, [1, 3, 10]), new(3, [1, 1, 5])];

        var dsr = Standardisation.DirectNonIndependent(frequencies, Populations, Weights);
        var independent = Standardisation.Direct([11, 29, 85], Populations, Weights);

        Tolerances.AssertRelative(350.166666666667, dsr.Value, Tolerances.NonIndependentDsr);
        Tolerances.AssertRelative(276.218644870454, dsr.Lower, Tolerances.NonIndependentDsr);
        Tolerances.AssertRelative(434.632496950833, dsr.Upper, Tolerances.NonIndependentDsr);
        Tolerances.AssertRelative(291.15159982223, independent.Lower, Tolerances.ClosedForm);
        Tolerances.AssertRelative(417.575591195142, independent.Upper, Tolerances.ClosedForm);
    }

    [Fact]
    public void Section04_when_everyone_has_one_event_the_adjustment_changes_nothing() =>
        Assert.Equal(
            Standardisation.Direct(Events, Populations, Weights).Lower,
            Standardisation.DirectNonIndependent([new(1, Events)], Populations, Weights).Lower,
            12);

    [Fact]
    public void Section04_repeat_events_keep_the_value_and_widen_the_interval()
    {
        EventFrequency[] frequencies = [new(1, [4, 10, 40]), new(3, [2, 5, 10]), new(2, [0, 2.5, 5])];
        var adjusted = Standardisation.DirectNonIndependent(frequencies, Populations, Weights);
        var naive = Standardisation.Direct(Events, Populations, Weights);

        Assert.Equal(naive.Value, adjusted.Value, 10);
        Assert.True(adjusted.Lower < naive.Lower && adjusted.Upper > naive.Upper);
    }

    [Fact]
    public void Section04_invalid_bands_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Standardisation.Direct(Events, [20000, 0, 5000], Weights));
        Assert.Throws<ArgumentOutOfRangeException>(() => Standardisation.Direct([10, -1, 80], Populations, Weights));
        Assert.Throws<ArgumentOutOfRangeException>(() => Standardisation.Direct(Events, Populations, [1, -1, 1]));
        Assert.Throws<ArgumentException>(() => Standardisation.Direct(Events, Populations));
        Assert.Throws<ArgumentException>(() => Standardisation.DirectNonIndependent([new(1, [1, 2])], Populations, Weights));
    }

    [Fact]
    public void Dsr_intervals_contain_the_value_and_widen_with_confidence()
    {
        var at95 = Standardisation.Direct(Events, Populations, Weights);
        var at998 = Standardisation.Direct(Events, Populations, Weights, 0.998);

        Assert.True(at95.Interval.Contains(at95.Value));
        Assert.True(at998.Lower < at95.Lower && at998.Upper > at95.Upper);
    }
}
