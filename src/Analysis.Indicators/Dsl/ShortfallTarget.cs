namespace Analysis.Indicators;

/// <summary>The rate of supply per unit of need an area is measured against, for a shortfall indicator.</summary>
public abstract record ShortfallTarget
{
    private protected ShortfallTarget()
    {
    }

    /// <summary>The England rate: total supply over total need across all practices in the period.</summary>
    public static ShortfallTarget EnglandRate { get; } = new EnglandRateTarget();

    /// <summary>A fixed rate, such as 6 GP FTE per 10,000 weighted patients.</summary>
    public static ShortfallTarget FixedRate(double value, double per) => new FixedRateTarget(value, per);

    /// <summary>A percentile (0–100) of practices' rates, such as the median (50).</summary>
    public static ShortfallTarget PercentileOfPractices(double percentile) => new PercentileTarget(percentile);
}

/// <summary>Supply over need, summed over England.</summary>
public sealed record EnglandRateTarget : ShortfallTarget;

/// <summary>A stated rate of supply per <see cref="Per"/> units of need.</summary>
public sealed record FixedRateTarget(double Value, double Per) : ShortfallTarget;

/// <summary>The given percentile of practice rates.</summary>
public sealed record PercentileTarget(double Percentile) : ShortfallTarget;
