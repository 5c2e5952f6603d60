namespace Analysis.Indicators.Engine.Columns;

/// <summary>
/// Which area of a level each panel row falls in: an index into <see cref="Codes"/>, or <see cref="Count"/>
/// for a row with no area at this level (counted for England, reported for no area).
/// </summary>
internal sealed record AreaColumn(Level Level, int[] Index, string[] Codes, string[] Names)
{
    /// <summary>The number of areas; also the index of the "no area" bucket.</summary>
    public int Count => Codes.Length;
}
