namespace Analysis.Indicators;

/// <summary>The areas an indicator is reported for: practices, NHS geography, England, or national deprivation groups.</summary>
public enum Level
{
    /// <summary>Each practice on its own.</summary>
    Practice,

    /// <summary>Primary Care Networks.</summary>
    Pcn,

    /// <summary>Sub-ICB locations (CCGs before July 2022).</summary>
    SubIcb,

    /// <summary>Integrated Care Boards (STPs before July 2022).</summary>
    Icb,

    /// <summary>NHS England commissioning regions.</summary>
    Region,

    /// <summary>All practices together.</summary>
    England,

    /// <summary>National deprivation quintiles of practices: 1 least deprived, 5 most.</summary>
    DeprivationQuintile,

    /// <summary>National deprivation deciles of practices: 1 least deprived, 10 most.</summary>
    DeprivationDecile,
}
