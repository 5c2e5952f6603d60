using Analysis.Data.Reading;

namespace Analysis.Data.Catalogue;

/// <summary>One file recorded in a cache's manifest: what it is, where it came from, and its checksum.</summary>
/// <param name="Kind">The dataset the file is read as.</param>
/// <param name="Period">The edition (<c>current</c> for publications with one).</param>
/// <param name="Path">The file's path inside the cache, with forward slashes.</param>
/// <param name="Url">The address it was downloaded from.</param>
/// <param name="Sha256">The SHA-256 of the complete file, lower-case hexadecimal.</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="Fetched">When the download completed.</param>
public sealed record ManifestEntry(DatasetKind Kind, string Period, string Path, Uri Url, string Sha256, long Bytes, DateTimeOffset Fetched);
