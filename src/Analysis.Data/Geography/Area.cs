namespace Analysis.Data.Geography;

/// <summary>One NHS area: its tier, its ODS code (such as <c>QHM</c> or <c>16C</c>) and its name.</summary>
public sealed record Area(AreaLevel Level, string Code, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
