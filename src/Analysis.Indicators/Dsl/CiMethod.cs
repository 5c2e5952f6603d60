namespace Analysis.Indicators;

/// <summary>How an indicator's confidence interval is computed (see METHODS.md).</summary>
public enum CiMethod
{
    /// <summary>Chosen from the value type: Wilson for proportions, Poisson for rates and ratios, t for means.</summary>
    Default,

    /// <summary>Wilson score interval for a proportion.</summary>
    Wilson,

    /// <summary>Byar's approximation to the Poisson interval.</summary>
    Byar,

    /// <summary>Exact Poisson interval (chi-square).</summary>
    ExactPoisson,

    /// <summary>Student t interval for a mean.</summary>
    T,

    /// <summary>No interval.</summary>
    None,
}
