namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// One fused loop over a range of rows for a few indicators. Per area bucket and indicator the loop keeps three
/// sums (<see cref="Fields"/>) and three counts (used, excluded, missing); per indicator, counts by reason.
/// </summary>
/// <param name="Programs">The indicators, as indices into the compiled set; an indicator's place here is its slot.</param>
/// <param name="Leaves">The leaf columns the loop reads, as indices into the compiled set's leaves, in the loop's column order.</param>
/// <param name="Loop">The compiled loop.</param>
internal sealed record Batch(int[] Programs, int[] Leaves, BatchLoop Loop)
{
    /// <summary>Sums per bucket and indicator: numerator (or a mean's Σ value), denominator, expected (or a mean's Σ value²).</summary>
    public const int Fields = 3;
}
