using Analysis.Data.Reading;

namespace Analysis.Data.Catalogue;

/// <summary>A publication file in the local cache, where it came from and its checksum.</summary>
/// <param name="Kind">The dataset the file is read as.</param>
/// <param name="Period">The edition.</param>
/// <param name="Path">The file in the cache.</param>
/// <param name="Url">The address it was downloaded from.</param>
/// <param name="Sha256">The SHA-256 of the file, lower-case hexadecimal.</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="Outcome">Whether it was downloaded, resumed or already cached.</param>
public sealed record FetchedFile(DatasetKind Kind, string Period, string Path, Uri Url, string Sha256, long Bytes, FetchOutcome Outcome);
