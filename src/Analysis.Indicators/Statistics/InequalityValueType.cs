namespace Analysis.Statistics;

/// <summary>What kind of value an inequality index is computed from, which fixes the scale of its standard errors.</summary>
/// <remarks>
/// METHODS.md §10 (PHEindicatormethods <c>phe_sii(value_type = 0 | 1 | 2)</c>): rates are simulated on the log
/// scale and proportions on the logit scale, so their confidence limits are transformed before the standard
/// error is taken; with a transform the regression itself is fitted on that scale.
/// </remarks>
public enum InequalityValueType
{
    /// <summary>Any other value, simulated on its own scale (value_type 0).</summary>
    Normal,

    /// <summary>A rate, on the log scale (value_type 1).</summary>
    Rate,

    /// <summary>A proportion between 0 and 1, on the logit scale (value_type 2).</summary>
    Proportion,
}
