namespace Analysis.Data.Geography;

/// <summary>The tiers of NHS geography a practice belongs to, from smallest to largest.</summary>
/// <remarks>
/// Older publications name the same tiers differently: a CCG (to June 2022) is recorded as a
/// <see cref="SubIcb"/> and an STP as an <see cref="Icb"/>, because the codes carried over
/// (CCG 16C became sub-ICB location 16C; STP QHM became ICB QHM).
/// </remarks>
public enum AreaLevel
{
    /// <summary>Primary Care Network.</summary>
    Pcn,

    /// <summary>Sub-ICB location (a CCG before July 2022).</summary>
    SubIcb,

    /// <summary>Integrated Care Board (an STP before July 2022).</summary>
    Icb,

    /// <summary>NHS England commissioning region.</summary>
    Region,
}
