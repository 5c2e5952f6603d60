using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>The slope and relative indices of inequality across deprivation quantiles (e.g. IMD deciles).</summary>
/// <remarks>
/// METHODS.md §10 (PHEindicatormethods <c>phe_sii</c>): quantiles in order (quantile 1 first; IMD decile 1 is the
/// most deprived), a = population share, b = ridit mid-point of each quantile; weighted least squares of the
/// value on b with weights a gives c₀ (fitted at b = 0) and c₁. SII = c₁ × multiplier, RII = (c₀ + c₁)/c₀
/// (inverted for a negative multiplier). Optionally the fit is on the log (rates) or logit (proportions) scale.
/// Confidence intervals are Monte Carlo (§10 step 5) from a random stream the caller supplies, so runs repeat.
/// 5–100 quantiles are accepted; PHE-IM warns that more than 10 can make the SII unstable.
/// </remarks>
public static class Inequality
{
    /// <summary>Each quantile's relative rank b: the cumulative population share before it plus half its own share.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A population is missing or not positive.</exception>
    public static IReadOnlyList<double> RelativeRanks(IReadOnlyList<double> populations) => Shares(populations).Ranks;

    /// <summary>The SII, RII and intercept fitted to one value per quantile.</summary>
    /// <param name="populations">Population per quantile, quantile 1 first; each must exceed 0.</param>
    /// <param name="values">The indicator value per quantile.</param>
    /// <param name="multiplier">Scales the SII (e.g. 100 for percentages); a negative multiplier inverts the RII.</param>
    /// <param name="valueType">Rates or proportions may be fitted on the log or logit scale.</param>
    /// <param name="transform">Fit on the transformed scale: SII = (g⁻¹(c₀+c₁) − g⁻¹(c₀)) × multiplier, RII = g⁻¹(c₀+c₁)/g⁻¹(c₀), intercept = g⁻¹(c₀)·|multiplier|.</param>
    /// <returns>The indices, all missing (NaN) when a value is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 5 or more than 100 quantiles, a population not positive, a proportion outside 0–1, or a transform for a plain value.</exception>
    public static SlopeIndex Slope(
        IReadOnlyList<double> populations,
        IReadOnlyList<double> values,
        double multiplier = 1.0,
        InequalityValueType valueType = InequalityValueType.Normal,
        bool transform = false)
    {
        var design = Design.Of(populations, values, valueType, transform);
        if (values.Any(double.IsNaN))
        {
            return new SlopeIndex(double.NaN, double.NaN, double.NaN);
        }

        var fitted = transform ? values.Select(v => Forward(v, valueType)).ToArray() : values.ToArray();
        return design.Indices(fitted, multiplier, valueType, transform);
    }

    /// <summary>The standard error implied by a 95% interval: (g(upper) − g(lower)) / (2 × 1.959964) with g the value type's scale.</summary>
    public static double StandardError(double lower95, double upper95, InequalityValueType valueType = InequalityValueType.Normal) =>
        (Forward(upper95, valueType) - Forward(lower95, valueType)) / Normal.Quantile(0.975) / 2.0;

    /// <summary>
    /// The SII and RII with Monte-Carlo intervals: each repetition draws every quantile's value from
    /// Normal(g(value), SE) (g the log or logit for rates and proportions), refits, and the intervals are the
    /// round(reps·(1−c)/2)-th and round(reps·(1+c)/2)-th ordered results.
    /// </summary>
    /// <param name="populations">Population per quantile, quantile 1 first.</param>
    /// <param name="values">The indicator value per quantile.</param>
    /// <param name="standardErrors">Each value's standard error on the value type's scale (see <see cref="StandardError"/>).</param>
    /// <param name="random">The random stream; seed it for repeatable limits.</param>
    /// <param name="confidence">The level, 0.95 or 95 for 95% (0.90–1 or 90–100).</param>
    /// <param name="repetitions">Simulated refits (PHE-IM default 100,000; at least 1,000).</param>
    /// <param name="multiplier">Scales the SII; a negative multiplier inverts the RII.</param>
    /// <param name="valueType">The kind of value, which sets the simulation scale.</param>
    /// <param name="transform">Fit on the transformed scale (see <see cref="Slope"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Slope"/>, or a standard error negative or missing, or fewer than 1,000 repetitions.</exception>
    public static SlopeIndexInterval SlopeWithInterval(
        IReadOnlyList<double> populations,
        IReadOnlyList<double> values,
        IReadOnlyList<double> standardErrors,
        Random random,
        double confidence = 0.95,
        int repetitions = 100_000,
        double multiplier = 1.0,
        InequalityValueType valueType = InequalityValueType.Normal,
        bool transform = false)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(standardErrors);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1000);
        var c = Confidence.Normalise(confidence);
        var estimate = Slope(populations, values, multiplier, valueType, transform);
        var design = Design.Of(populations, values, valueType, transform);
        if (standardErrors.Count != values.Count || standardErrors.Any(se => double.IsNaN(se) || se < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(standardErrors), "Every quantile needs a known, non-negative standard error (METHODS.md §10).");
        }

        if (values.Any(double.IsNaN))
        {
            return new SlopeIndexInterval(estimate, Interval.Missing, Interval.Missing);
        }

        var centres = values.Select(v => Forward(v, valueType)).ToArray();
        var draw = new double[centres.Length];
        var sii = new double[repetitions];
        var rii = new double[repetitions];
        for (var r = 0; r < repetitions; r++)
        {
            for (var i = 0; i < draw.Length; i++)
            {
                var y = centres[i] + (standardErrors[i] * StandardNormal(random));
                draw[i] = transform ? y : Inverse(y, valueType);
            }

            var indices = design.Indices(draw, multiplier, valueType, transform);
            sii[r] = indices.Sii;
            rii[r] = indices.Rii;
        }

        Array.Sort(sii);
        Array.Sort(rii);
        var upperFraction = c + ((1.0 - c) / 2.0);
        var lower = Position(repetitions * (1.0 - upperFraction), repetitions);
        var upper = Position(repetitions * upperFraction, repetitions);
        return new SlopeIndexInterval(estimate, new Interval(sii[lower], sii[upper]), new Interval(rii[lower], rii[upper]));
    }

    /// <summary>R's 1-based <c>round(position)</c> as a 0-based index, kept within the draws.</summary>
    private static int Position(double position, int count) =>
        Math.Clamp((int)Math.Round(position, MidpointRounding.ToEven), 1, count) - 1;

    private static double StandardNormal(Random random)
    {
        double u;
        do
        {
            u = random.NextDouble();
        }
        while (u == 0.0);

        return Normal.Quantile(u);
    }

    private static double Forward(double value, InequalityValueType valueType) => valueType switch
    {
        InequalityValueType.Rate => Math.Log(value),
        InequalityValueType.Proportion => Math.Log(value / (1.0 - value)),
        _ => value,
    };

    private static double Inverse(double value, InequalityValueType valueType) => valueType switch
    {
        InequalityValueType.Rate => Math.Exp(value),
        InequalityValueType.Proportion => Math.Exp(value) / (1.0 + Math.Exp(value)),
        _ => value,
    };

    private static (double[] Shares, double[] Ranks) Shares(IReadOnlyList<double> populations)
    {
        ArgumentNullException.ThrowIfNull(populations);
        if (populations.Any(p => double.IsNaN(p) || p <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(populations), "Every quantile needs a population greater than zero (METHODS.md §10).");
        }

        var total = populations.Sum();
        var shares = populations.Select(p => p / total).ToArray();
        var ranks = new double[shares.Length];
        var before = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            ranks[i] = before + (shares[i] / 2.0);
            before += shares[i];
        }

        return (shares, ranks);
    }

    /// <summary>The weighted regression design shared by the point estimate and every simulated refit.</summary>
    private sealed class Design
    {
        private readonly double[] _shares;
        private readonly double[] _ranks;
        private readonly double _meanRank;
        private readonly double _rankSpread;

        private Design(double[] shares, double[] ranks)
        {
            _shares = shares;
            _ranks = ranks;
            _meanRank = shares.Zip(ranks, (a, b) => a * b).Sum();
            _rankSpread = shares.Zip(ranks, (a, b) => a * (b - _meanRank) * (b - _meanRank)).Sum();
        }

        public static Design Of(IReadOnlyList<double> populations, IReadOnlyList<double> values, InequalityValueType valueType, bool transform)
        {
            ArgumentNullException.ThrowIfNull(values);
            var (shares, ranks) = Shares(populations);
            if (shares.Length < 5 || shares.Length > 100)
            {
                throw new ArgumentOutOfRangeException(nameof(populations), shares.Length, "An SII needs between 5 and 100 quantiles (METHODS.md §10).");
            }

            if (values.Count != shares.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(values), values.Count, "Every quantile needs one value (METHODS.md §10).");
            }

            if (transform && valueType == InequalityValueType.Normal)
            {
                throw new ArgumentOutOfRangeException(nameof(transform), "Only rates (log) and proportions (logit) can be fitted on a transformed scale (METHODS.md §10).");
            }

            if (valueType == InequalityValueType.Proportion && values.Any(v => v < 0 || v > 1))
            {
                throw new ArgumentOutOfRangeException(nameof(values), "Proportions must lie between 0 and 1 (METHODS.md §10).");
            }

            return new Design(shares, ranks);
        }

        /// <summary>Fits y = c₀ + c₁·b with weights a and turns the coefficients into the indices.</summary>
        public SlopeIndex Indices(double[] y, double multiplier, InequalityValueType valueType, bool transform)
        {
            var meanY = 0.0;
            var covariance = 0.0;
            for (var i = 0; i < y.Length; i++)
            {
                meanY += _shares[i] * y[i];
            }

            for (var i = 0; i < y.Length; i++)
            {
                covariance += _shares[i] * (_ranks[i] - _meanRank) * (y[i] - meanY);
            }

            var slope = covariance / _rankSpread;
            var intercept = meanY - (slope * _meanRank);
            if (!transform)
            {
                var rii = (intercept + slope) / intercept;
                return new SlopeIndex(slope * multiplier, multiplier < 0 ? 1.0 / rii : rii, intercept);
            }

            var start = Inverse(intercept, valueType);
            var end = Inverse(intercept + slope, valueType);
            var ratio = end / start;
            return new SlopeIndex((end - start) * multiplier, multiplier < 0 ? 1.0 / ratio : ratio, start * Math.Abs(multiplier));
        }
    }
}
