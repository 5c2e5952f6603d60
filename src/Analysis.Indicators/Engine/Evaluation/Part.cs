namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>Which part of a row's evaluation came up empty, so the missing row's reason is looked for there.</summary>
internal enum Part
{
    /// <summary>The numerator.</summary>
    Numerator,

    /// <summary>The denominator.</summary>
    Denominator,

    /// <summary>The expected count.</summary>
    Expected,

    /// <summary>A mean's practice value (numerator over a zero denominator).</summary>
    Value,
}
