namespace Analysis.Indicators.Review;

/// <summary>What a review verdict is about: one of the reasons an indicator might not be fit for a published scorecard.</summary>
public enum ReviewCheck
{
    /// <summary>The script compiles, passes the allow-list and lints without a diagnostic.</summary>
    Diagnostics,

    /// <summary>Enough practices get a published value.</summary>
    Coverage,

    /// <summary>Few values are hidden by the small-number rule.</summary>
    Suppression,

    /// <summary>The spread between practices is more than chance.</summary>
    ChanceVariation,

    /// <summary>The values are not largely a restatement of deprivation.</summary>
    Deprivation,

    /// <summary>The indicator is not a duplicate of one already in the library.</summary>
    Duplicate,

    /// <summary>Practices keep their place from one year to the next.</summary>
    Stability,
}
