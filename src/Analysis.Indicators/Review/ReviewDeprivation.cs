namespace Analysis.Indicators.Review;

/// <summary>
/// How the indicator varies with deprivation in the review month: its value in each national deprivation decile,
/// the slope and relative indices of inequality with Monte-Carlo intervals (METHODS.md §10), and the Spearman
/// correlation between practice values and practice deciles.
/// </summary>
public sealed record ReviewDeprivation
{
    /// <summary>The value per decile, decile 1 (least deprived) first.</summary>
    public required IReadOnlyList<DecileValue> Deciles { get; init; }

    /// <summary>The SII and RII across the deciles (positive SII: the value rises with deprivation).</summary>
    public required InequalityResult Inequality { get; init; }

    /// <summary>England's value in the review month, the scale the SII is judged against.</summary>
    public double? England { get; init; }

    /// <summary>|SII| as a share of |England's value|; null without both.</summary>
    public double? SiiShareOfEngland => Inequality.Sii is { } sii && England is { } e && e != 0 ? Math.Abs(sii) / Math.Abs(e) : null;

    /// <summary>Spearman's rank correlation between practice values and practice deprivation deciles (positive: higher where more deprived).</summary>
    public double? Correlation { get; init; }

    /// <summary>Practices in the correlation (with both a value and a decile).</summary>
    public required int Practices { get; init; }
}
