namespace Analysis.Indicators.Review;

/// <summary>What the scorecard assessment advises for an indicator: publish it, publish it with stated caveats, or leave it off.</summary>
public enum ScorecardRecommendation
{
    /// <summary>Every check passed: the indicator can go on a published practice scorecard as it stands.</summary>
    Publish,

    /// <summary>No check blocks, but at least one is advisory or could not be assessed: publish with the reasons stated beside it.</summary>
    PublishWithCaveats,

    /// <summary>At least one check blocks (low coverage, chance variation, a deprivation restatement, or redundancy with a kept indicator).</summary>
    DoNotPublish,
}
