namespace Analysis.Data.Catalogue;

/// <summary>What fetching a publication's file did.</summary>
public enum FetchOutcome
{
    /// <summary>The whole file was downloaded.</summary>
    Downloaded,

    /// <summary>An interrupted download was completed from where it stopped.</summary>
    Resumed,

    /// <summary>The cache already held the file with the checksum recorded in its manifest; nothing was downloaded.</summary>
    AlreadyCached,
}
