namespace Analysis.Notebooks.Formatting;

/// <summary>Numbers the charts of one notebook run in order, so their HTML element ids are the same on every run.</summary>
internal sealed class ChartNumbers
{
    private int last;

    public int Next() => Interlocked.Increment(ref last);
}
