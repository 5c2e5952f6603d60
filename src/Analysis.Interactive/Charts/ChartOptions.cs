using Analysis.Data.Geography;
using Analysis.Data.Periods;

namespace Analysis.Interactive;

/// <summary>
/// What a chart shows beyond its defaults: which month, the title, the size, areas to label, and the few settings
/// that belong to one kind of chart (each says which).
/// </summary>
public sealed record ChartOptions
{
    /// <summary>The defaults: the latest month in the results, the indicator's title, 480 pixels high, full width.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>The month to show; null for the latest month the results hold for the indicator (time series show every month).</summary>
    public Month? Period { get; init; }

    /// <summary>The chart's title; null for one built from the indicator's id, title and month.</summary>
    public string? Title { get; init; }

    /// <summary>Height in pixels, to which a chart with rotated area names on its x-axis adds the room they hang below it.</summary>
    public int Height { get; init; } = 480;

    /// <summary>Width in pixels; null to fill the page or cell.</summary>
    public int? Width { get; init; }

    /// <summary>
    /// Area codes (ODS codes, ICB codes…) to point out: funnel and caterpillar plots draw them again as large stars
    /// in a trace named after them, the scatter labels them, and a time series draws exactly these areas.
    /// </summary>
    public IReadOnlyList<string> Highlight { get; init; } = [];

    /// <summary>Funnel plot: how many points beyond the 99.8% limits are labelled with their code, the furthest out first (hover shows every point).</summary>
    public int LabelOutliers { get; init; } = 12;

    /// <summary>Funnel plot: also draw Spiegelhalter's overdispersion-adjusted limits (widened when areas vary more than chance allows).</summary>
    public bool Overdispersion { get; init; }

    /// <summary>Distribution: the tier practices are grouped by (ICB by default).</summary>
    public AreaLevel GroupBy { get; init; } = AreaLevel.Icb;

    /// <summary>Distribution: draw violins instead of boxes.</summary>
    public bool Violin { get; init; }
}
