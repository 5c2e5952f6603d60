namespace Analysis.Indicators;

/// <summary>Which direction is good, as Fingertips marks it; it decides Better/Worse or Higher/Lower wording.</summary>
public enum Polarity
{
    /// <summary>Not set: the linter reports it.</summary>
    Unset,

    /// <summary>A higher value is better.</summary>
    HigherIsBetter,

    /// <summary>A lower value is better.</summary>
    LowerIsBetter,

    /// <summary>Neither direction is better; comparisons say Higher or Lower.</summary>
    NoJudgement,
}
