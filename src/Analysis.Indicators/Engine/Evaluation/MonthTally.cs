namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>What the fused loops accumulated for one month: per batch, sums and counts by area bucket, and counts by reason.</summary>
internal sealed class MonthTally
{
    private readonly (int Batch, int Slot)[] _slots;
    private readonly int[] _batchSizes;
    private readonly int _reasonCount;

    public MonthTally(int month, int buckets, (int Batch, int Slot)[] slots, int[] batchSizes, int reasonCount)
    {
        Month = month;
        Buckets = buckets;
        _slots = slots;
        _batchSizes = batchSizes;
        _reasonCount = reasonCount;
        Sums = [.. batchSizes.Select(size => new double[buckets * size * Batch.Fields])];
        Counts = [.. batchSizes.Select(size => new int[buckets * size * Batch.Fields])];
        Reasons = [.. batchSizes.Select(size => new int[size * reasonCount])];
    }

    /// <summary>The month, as an offset from the panel's first.</summary>
    public int Month { get; }

    /// <summary>Area buckets, the last being rows with no area at the level.</summary>
    public int Buckets { get; }

    public double[][] Sums { get; }

    public int[][] Counts { get; }

    public int[][] Reasons { get; }

    /// <summary>The totals of one indicator (by its index in the compiled set) in one bucket.</summary>
    public AreaTotals At(int program, int bucket)
    {
        var (batch, slot) = _slots[program];
        var at = (((bucket * _batchSizes[batch]) + slot) * Batch.Fields);
        var sums = Sums[batch];
        var counts = Counts[batch];
        return new AreaTotals(sums[at], sums[at + 1], sums[at + 2], counts[at], counts[at + 1], counts[at + 2]);
    }

    /// <summary>The totals of one indicator over every bucket (England, including rows with no area at the level).</summary>
    public AreaTotals All(int program)
    {
        var total = default(AreaTotals);
        for (var b = 0; b < Buckets; b++)
        {
            total += At(program, b);
        }

        return total;
    }

    /// <summary>Rows of one indicator counted under a reason.</summary>
    public int Reason(int program, int reason)
    {
        var (batch, slot) = _slots[program];
        return Reasons[batch][(slot * _reasonCount) + reason];
    }
}
