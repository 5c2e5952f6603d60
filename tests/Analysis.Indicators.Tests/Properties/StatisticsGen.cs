using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Indicators.Tests.Properties;

/// <summary>Generators of the inputs the statistics take: counts, denominators and confidence levels.</summary>
internal static class StatisticsGen
{
    /// <summary>The levels indicators use (95% and 99.8%) and the edges of the accepted range.</summary>
    public static Gen<double> Level { get; } = Gen.Elements(0.9, 0.95, 0.99, 0.998, 95.0, 99.8);

    /// <summary>A denominator n from 1 to 1,000,000 and a numerator x from 0 to n, both whole.</summary>
    public static Gen<(int X, int N)> Proportion { get; } =
        from n in Gen.Frequency((3, Gen.Choose(1, 200)), (2, Gen.Choose(1, 1_000_000)))
        from x in Gen.Choose(0, n)
        select (x, n);

    /// <summary>An event count from 0 to 100,000, sometimes fractional (rates of weighted events).</summary>
    public static Gen<double> Count { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 30).Select(c => (double)c)),
        (2, Gen.Choose(0, 100_000).Select(c => (double)c)),
        (1, Gen.Choose(1, 100_000).Select(c => c / 7.0)));

    /// <summary>A proportion strictly between 0 and 1, as a funnel's average.</summary>
    public static Gen<double> Average { get; } = Gen.Choose(1, 999).Select(p => p / 1000.0);
}
