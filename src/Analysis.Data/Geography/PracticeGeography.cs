namespace Analysis.Data.Geography;

/// <summary>The areas a practice belonged to at one time; a tier is null where the source did not say.</summary>
public sealed record PracticeGeography(Area? Pcn, Area? SubIcb, Area? Icb, Area? Region)
{
    /// <summary>A practice whose areas are unknown.</summary>
    public static PracticeGeography Unknown { get; } = new(null, null, null, null);

    /// <summary>The area at the given tier, or null.</summary>
    public Area? At(AreaLevel level) => level switch
    {
        AreaLevel.Pcn => Pcn,
        AreaLevel.SubIcb => SubIcb,
        AreaLevel.Icb => Icb,
        AreaLevel.Region => Region,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown area level"),
    };

    /// <summary>Fills the tiers this geography lacks from <paramref name="other"/>.</summary>
    public PracticeGeography Or(PracticeGeography other) =>
        new(Pcn ?? other.Pcn, SubIcb ?? other.SubIcb, Icb ?? other.Icb, Region ?? other.Region);
}
