using Analysis.Cli.Isolation;
using Analysis.Data.Periods;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>What an isolated run evaluates (levels, period, inequality) and under which limits.</summary>
internal sealed record IsolatedRunOptions
{
    /// <summary>ICB level, each indicator's latest month, the script limits (<see cref="ChildLimits.Script"/>).</summary>
    public static IsolatedRunOptions Default { get; } = new();

    /// <summary>The levels each script is evaluated at (one set of results per level).</summary>
    public IReadOnlyList<Level> Levels { get; init; } = [Level.Icb];

    /// <summary>The month, or null for each indicator's latest month with data.</summary>
    public Month? Month { get; init; }

    /// <summary>Every month with data instead of one (a time series; <see cref="Month"/> is then ignored).</summary>
    public bool AllMonths { get; init; }

    /// <summary>Also compute the slope and relative indices of inequality across deprivation deciles (for <see cref="Month"/> or the latest).</summary>
    public bool Inequality { get; init; }

    /// <summary>How the engine computes values (suppression, confidence, overdispersed funnels).</summary>
    public EngineOptions Engine { get; init; } = EngineOptions.Default;

    /// <summary>
    /// The limits: <see cref="ChildLimits.WallClock"/> is per script (its body and its evaluation), <see cref="ChildLimits.MemoryBytes"/>
    /// is the worker's (the panel's share included). Loading the data has its own allowance, <see cref="LoadAllowance"/>.
    /// </summary>
    public ChildLimits Limits { get; init; } = ChildLimits.Script;

    /// <summary>How long a worker may take to compile the scripts from the cache and load the data before its first script.</summary>
    public TimeSpan LoadAllowance { get; init; } = TimeSpan.FromMinutes(10);
}
