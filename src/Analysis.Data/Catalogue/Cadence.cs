namespace Analysis.Data.Catalogue;

/// <summary>How often a publication brings out a new edition.</summary>
public enum Cadence
{
    /// <summary>One edition that is not repeated (such as the 2019 indices of deprivation).</summary>
    Once,

    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every quarter.</summary>
    Quarterly,

    /// <summary>Every year.</summary>
    Annual,
}
