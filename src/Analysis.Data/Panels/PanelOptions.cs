using Analysis.Data.Periods;

namespace Analysis.Data.Panels;

/// <summary>Which months a panel spans; by default, every month any loaded dataset covers.</summary>
public sealed record PanelOptions
{
    /// <summary>The first month, or null for the earliest month with data.</summary>
    public Month? First { get; init; }

    /// <summary>The last month, or null for the latest month with data.</summary>
    public Month? Last { get; init; }
}
