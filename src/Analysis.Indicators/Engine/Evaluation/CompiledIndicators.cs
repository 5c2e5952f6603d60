using System.Linq.Expressions;
using Analysis.Indicators.Engine.Expressions;

namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// A set of indicators compiled for evaluation: the distinct leaves they read (one column each, shared between
/// indicators), the reasons a row can leave them, and one fused loop per batch of indicators.
/// </summary>
/// <remarks>
/// Batches are kept small because the JIT stops optimising very large methods; one loop per batch still reads
/// each column once per row for all of the batch's indicators.
/// </remarks>
internal sealed class CompiledIndicators
{
    /// <summary>Indicators per fused loop.</summary>
    public const int BatchSize = 8;

    private CompiledIndicators(
        IReadOnlyList<IndicatorProgram> programs,
        IReadOnlyList<(string Key, Expression Leaf)> leaves,
        IReadOnlyList<string> fixedReasons,
        IReadOnlyList<Batch> batches,
        int[][][] partLeaves,
        int[][] fallbacks)
    {
        Programs = programs;
        Leaves = leaves;
        FixedReasons = fixedReasons;
        Batches = batches;
        PartLeaves = partLeaves;
        Fallbacks = fallbacks;
    }

    public IReadOnlyList<IndicatorProgram> Programs { get; }

    /// <summary>The distinct leaves, by key.</summary>
    public IReadOnlyList<(string Key, Expression Leaf)> Leaves { get; }

    /// <summary>Reasons known before any data is read (exclusions, values that are not finite): their ids are fixed in the loops.</summary>
    public IReadOnlyList<string> FixedReasons { get; }

    /// <summary>How many of <see cref="FixedReasons"/> are exclusions (they come first).</summary>
    public int ExclusionReasons { get; private init; }

    public IReadOnlyList<Batch> Batches { get; }

    /// <summary>For each program and <see cref="Part"/>, the leaves that part reads in evaluation order.</summary>
    public int[][][] PartLeaves { get; }

    /// <summary>For each program and <see cref="Part"/>, the reason used when no leaf was empty but the value was not finite.</summary>
    public int[][] Fallbacks { get; }

    public static CompiledIndicators Compile(IReadOnlyList<IndicatorDefinition> definitions, LeafKey keys)
    {
        var programs = definitions.Select(IndicatorProgram.From).ToList();
        var leaves = new List<(string Key, Expression Leaf)>();
        var leafIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int LeafOf(Expression leaf)
        {
            var key = keys.Of(leaf);
            if (!leafIndex.TryGetValue(key, out var at))
            {
                at = leaves.Count;
                leafIndex[key] = at;
                leaves.Add((key, leaf));
            }

            return at;
        }

        var reasons = new List<string>();
        int ReasonOf(string text)
        {
            var at = reasons.IndexOf(text);
            if (at < 0)
            {
                reasons.Add(text);
                at = reasons.Count - 1;
            }

            return at;
        }

        foreach (var program in programs)
        {
            foreach (var (reason, _) in program.Exclusions)
            {
                ReasonOf(reason);
            }
        }

        var exclusions = reasons.Count;
        var partLeaves = new int[programs.Count][][];
        var fallbacks = new int[programs.Count][];
        string[] fallbackText = ["numerator is not a finite number", "denominator is not a finite number", "expected count is not a finite number", "practice value is not a finite number (zero denominator)"];
        for (var p = 0; p < programs.Count; p++)
        {
            partLeaves[p] = new int[4][];
            fallbacks[p] = [.. fallbackText.Select(ReasonOf)];
            for (var part = 0; part < 4; part++)
            {
                partLeaves[p][part] = [];
            }

            foreach (var (part, body) in programs[p].Parts())
            {
                partLeaves[p][(int)part] = [.. ColumnTranslator.Leaves(body).Select(LeafOf).Distinct()];
            }

            partLeaves[p][(int)Part.Value] = [.. partLeaves[p][(int)Part.Numerator].Concat(partLeaves[p][(int)Part.Denominator]).Distinct()];
            foreach (var (_, when) in programs[p].Exclusions)
            {
                foreach (var leaf in ColumnTranslator.Leaves(when))
                {
                    LeafOf(leaf);
                }
            }
        }

        var batches = new List<Batch>();
        for (var start = 0; start < programs.Count; start += BatchSize)
        {
            var members = Enumerable.Range(start, Math.Min(BatchSize, programs.Count - start)).ToArray();
            batches.Add(FusedLoop.Compile(members, programs, keys, leafIndex, ReasonOf));
        }

        return new CompiledIndicators(programs, leaves, reasons, batches, partLeaves, fallbacks) { ExclusionReasons = exclusions };
    }
}
