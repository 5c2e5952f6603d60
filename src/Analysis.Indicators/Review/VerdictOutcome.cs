namespace Analysis.Indicators.Review;

/// <summary>What a review check concluded: passed, worth a reviewer's look, blocks publication, or could not be assessed.</summary>
public enum VerdictOutcome
{
    /// <summary>The check passed.</summary>
    Pass,

    /// <summary>The reviewer should look and say why it is acceptable; publication is not blocked.</summary>
    Advisory,

    /// <summary>The indicator should not go on a published scorecard as it stands.</summary>
    Blocking,

    /// <summary>The data did not allow the check (too few practices, no funnel for the value type, one year only).</summary>
    NotAssessed,
}
