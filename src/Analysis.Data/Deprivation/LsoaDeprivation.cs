namespace Analysis.Data.Deprivation;

/// <summary>One LSOA's Index of Multiple Deprivation 2019 rank (1 = most deprived of 32,844) and decile.</summary>
public sealed record LsoaDeprivation
{
    /// <summary>The LSOA (2011) code, such as <c>E01000001</c>.</summary>
    public required string Lsoa { get; init; }

    /// <summary>The LSOA's name.</summary>
    public required string Name { get; init; }

    /// <summary>The local authority district (2019) code.</summary>
    public required string LocalAuthority { get; init; }

    /// <summary>The local authority district's name.</summary>
    public required string LocalAuthorityName { get; init; }

    /// <summary>The IMD rank, 1 being the most deprived.</summary>
    public required int Rank { get; init; }

    /// <summary>The IMD decile, 1 being the most deprived tenth.</summary>
    public required int Decile { get; init; }
}
