using Analysis.Indicators.Engine.Columns;

namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>
/// Says why a row had no value for an indicator, off the loop's fast path: the first leaf of the failing part
/// that is empty in that row gives the reason (such as "no workforce record"); if none is, the part's value was
/// not finite (a division by zero).
/// </summary>
internal sealed class MissingReasons
{
    private readonly (byte[]? Codes, int[] Ids)[][][] _parts;
    private readonly int[][] _fallbacks;

    /// <param name="parts">Per batch slot and <see cref="Part"/>: the part's leaf columns, each with its codes and the run's reason id for each code.</param>
    /// <param name="fallbacks">Per batch slot and <see cref="Part"/>: the reason when no leaf is empty.</param>
    public MissingReasons((byte[]? Codes, int[] Ids)[][][] parts, int[][] fallbacks)
    {
        _parts = parts;
        _fallbacks = fallbacks;
    }

    public static MissingReasons For(Batch batch, CompiledIndicators plan, IReadOnlyList<LeafColumn> columns, IReadOnlyList<int[]> leafReasonIds)
    {
        var parts = batch.Programs
            .Select(p => plan.PartLeaves[p].Select(leaves => leaves.Select(l => (columns[l].Codes, leafReasonIds[l])).ToArray()).ToArray())
            .ToArray();
        return new MissingReasons(parts, [.. batch.Programs.Select(p => plan.Fallbacks[p])]);
    }

    /// <summary>Counts one missing row under its reason; called by the generated loop.</summary>
    public void Count(int[] reasons, int reasonCount, int slot, int part, int row)
    {
        foreach (var (codes, ids) in _parts[slot][part])
        {
            if (codes is not null && codes[row] != 0)
            {
                reasons[(slot * reasonCount) + ids[codes[row]]]++;
                return;
            }
        }

        reasons[(slot * reasonCount) + _fallbacks[slot][part]]++;
    }
}
