using Analysis.Indicators.Engine.Columns;

namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// Compiled indicators bound to one panel's columns: every leaf extracted, the reasons numbered for this run,
/// ready to evaluate months into tallies.
/// </summary>
internal sealed class PreparedRun
{
    private readonly double[][][] _batchColumns;
    private readonly MissingReasons[] _missing;
    private readonly (int Batch, int Slot)[] _slots;
    private readonly int[] _batchSizes;
    private readonly ParallelOptions _parallel;

    public PreparedRun(CompiledIndicators plan, PanelColumns columns, ParallelOptions parallel)
    {
        Plan = plan;
        Columns = columns;
        _parallel = parallel;
        var leaves = plan.Leaves.Select(l => columns.Leaf(l.Key, l.Leaf, parallel)).ToList();

        var reasons = plan.FixedReasons.ToList();
        int Id(string text)
        {
            var at = reasons.IndexOf(text);
            if (at < 0)
            {
                reasons.Add(text);
                at = reasons.Count - 1;
            }

            return at;
        }

        var leafReasonIds = leaves.Select(l => l.Reasons.Select((text, code) => code == 0 ? -1 : Id(text)).ToArray()).ToList();
        Reasons = reasons;
        _batchColumns = [.. plan.Batches.Select(b => b.Leaves.Select(l => leaves[l].Values).ToArray())];
        _missing = [.. plan.Batches.Select(b => MissingReasons.For(b, plan, leaves, leafReasonIds))];
        _batchSizes = [.. plan.Batches.Select(b => b.Programs.Length)];
        _slots = new (int, int)[plan.Programs.Count];
        for (var b = 0; b < plan.Batches.Count; b++)
        {
            for (var s = 0; s < plan.Batches[b].Programs.Length; s++)
            {
                _slots[plan.Batches[b].Programs[s]] = (b, s);
            }
        }
    }

    public CompiledIndicators Plan { get; }

    public PanelColumns Columns { get; }

    /// <summary>Every reason a row can leave an indicator in this run; ids below <see cref="CompiledIndicators.ExclusionReasons"/> are exclusions.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Evaluates the months (offsets from the panel's first), in parallel, into one tally each.</summary>
    public MonthTally[] Evaluate(AreaColumn areas, IReadOnlyList<int> months)
    {
        var tallies = months.Select(m => new MonthTally(m, areas.Count + 1, _slots, _batchSizes, Reasons.Count)).ToArray();
        var work = Enumerable.Range(0, tallies.Length).SelectMany(t => Enumerable.Range(0, Plan.Batches.Count).Select(b => (t, b))).ToArray();
        Parallel.For(0, work.Length, _parallel, w =>
        {
            var (t, b) = work[w];
            var tally = tallies[t];
            Plan.Batches[b].Loop(
                _batchColumns[b], areas.Index, Columns.MonthStart[tally.Month], Columns.MonthStart[tally.Month + 1],
                tally.Sums[b], tally.Counts[b], tally.Reasons[b], Reasons.Count, _missing[b]);
        });
        return tallies;
    }
}
