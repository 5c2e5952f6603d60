using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Data.Catalogue;

/// <summary>
/// The record a cache folder keeps of the files fetched into it (<c>manifest.json</c>): one entry per file, with its
/// source and SHA-256, so a later fetch can tell a good copy from a missing or damaged one.
/// </summary>
public sealed record FetchManifest(IReadOnlyList<ManifestEntry> Files)
{
    /// <summary>The manifest's file name inside the cache folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads the manifest of <paramref name="cacheFolder"/>; an empty one when the folder has none yet.</summary>
    public static FetchManifest Load(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        if (!File.Exists(path))
        {
            return new FetchManifest([]);
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FetchManifest>(stream, Json) ?? new FetchManifest([]);
    }

    /// <summary>The entry for a file, by its path inside the cache.</summary>
    public ManifestEntry? Find(string path) => Files.FirstOrDefault(f => f.Path == path);

    /// <summary>A manifest with <paramref name="entry"/> added, replacing any entry for the same path.</summary>
    public FetchManifest With(ManifestEntry entry) =>
        new(Files.Where(f => f.Path != entry.Path).Append(entry).OrderBy(f => f.Path, StringComparer.Ordinal).ToList());

    /// <summary>Writes the manifest into <paramref name="cacheFolder"/>, replacing the old one only once it is complete.</summary>
    public void Save(string cacheFolder)
    {
        AtomicFile.Write(Path.Combine(cacheFolder, FileName), JsonSerializer.SerializeToUtf8Bytes(this, Json));
    }
}
