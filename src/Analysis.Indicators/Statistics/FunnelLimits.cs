namespace Analysis.Statistics;

/// <summary>Funnel-plot control limits at one size: the 95% (2σ) and 99.8% (3σ) lower and upper limits.</summary>
/// <remarks>METHODS.md §7 (PHE funnels: limits at P = 0.975 and 0.999) and §8 (Spiegelhalter funnels, z = 1.959964 and 3.090232).</remarks>
public readonly record struct FunnelLimits(double Lower95, double Upper95, double Lower998, double Upper998)
{
    /// <summary>The 95% limits as an interval.</summary>
    public Interval At95 => new(Lower95, Upper95);

    /// <summary>The 99.8% limits as an interval.</summary>
    public Interval At998 => new(Lower998, Upper998);
}
