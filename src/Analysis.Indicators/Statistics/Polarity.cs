namespace Analysis.Statistics;

/// <summary>Which direction of an indicator is good, as Fingertips stores it; it decides the comparison wording.</summary>
/// <remarks>
/// METHODS.md §6: "RAG – High is good" and "RAG – Low is good" give Better/Similar/Worse; "BOB – Blue orange
/// blue" and "No judgement" give Higher/Similar/Lower; "Not applicable" gives no comparison.
/// </remarks>
public enum Polarity
{
    /// <summary>RAG – High is good.</summary>
    HighIsGood,

    /// <summary>RAG – Low is good.</summary>
    LowIsGood,

    /// <summary>BOB (blue orange blue) or no judgement: higher or lower, never better or worse.</summary>
    NoJudgement,

    /// <summary>Not applicable: areas are not compared.</summary>
    NotApplicable,
}
