using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>A mean with its Student's t confidence interval.</summary>
/// <remarks>
/// METHODS.md §3 (PHEindicatormethods <c>phe_mean</c>): mean = Σv/k, s the sample standard deviation
/// (divisor k − 1), limits mean ∓ |t_{(1−c)/2, k−1}|·s/√k. A missing value among the values makes the
/// whole result missing, as R's <c>sum</c> does; one value gives the mean with missing limits.
/// </remarks>
public static class Mean
{
    /// <summary>The mean of the values with its t interval.</summary>
    /// <returns>The estimate; missing (NaN) when there are no values or any value is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public static Estimate WithT(IReadOnlyCollection<double> values, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        var c = Confidence.Normalise(confidence);
        var k = values.Count;
        if (k == 0 || values.Any(double.IsNaN))
        {
            return Estimate.Missing;
        }

        var mean = values.Sum() / k;
        var squares = values.Sum(v => (v - mean) * (v - mean));
        var sd = k > 1 ? Math.Sqrt(squares / (k - 1)) : double.NaN;
        return Interval(mean, sd, k, c);
    }

    /// <summary>The t interval for a mean already summarised as its value, sample standard deviation and count.</summary>
    /// <returns>The estimate; limits are missing when n &lt; 2.</returns>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1, the standard deviation is negative, or the level is out of range.</exception>
    public static Estimate WithT(double mean, double standardDeviation, int n, double confidence = 0.95)
    {
        var c = Confidence.Normalise(confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (double.IsNaN(mean) || double.IsNaN(standardDeviation))
        {
            return Estimate.Missing;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(standardDeviation);
        return Interval(mean, n > 1 ? standardDeviation : double.NaN, n, c);
    }

    private static Estimate Interval(double mean, double sd, int k, double c)
    {
        if (k < 2)
        {
            return new Estimate(mean, double.NaN, double.NaN);
        }

        var half = Math.Abs(StudentT.Quantile((1.0 - c) / 2.0, k - 1)) * sd / Math.Sqrt(k);
        return new Estimate(mean, mean - half, mean + half);
    }
}
