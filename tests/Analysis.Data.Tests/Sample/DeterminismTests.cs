using System.Security.Cryptography;
using Analysis.Data.Sample;

namespace Analysis.Data.Tests.Sample;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "analysis-determinism-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_seed_writes_byte_identical_files_and_another_seed_does_not()
    {
        var first = Hashes(SyntheticEngland.Write(Path.Combine(_root, "a"), Small(11)));
        var again = Hashes(SyntheticEngland.Write(Path.Combine(_root, "b"), Small(11)));
        var other = Hashes(SyntheticEngland.Write(Path.Combine(_root, "c"), Small(12)));

        Assert.Equal(first, again);
        Assert.Equal(first.Keys, other.Keys);
        Assert.All(first.Keys, k => Assert.NotEqual(first[k], other[k]));
    }

    [Fact]
    public void Writing_again_over_a_sample_replaces_every_file_and_leaves_no_temporary_file()
    {
        var folder = Path.Combine(_root, "d");
        SyntheticEngland.Write(folder, Small(5));
        var manifest = SyntheticEngland.Write(folder, Small(6));

        Assert.Empty(Directory.EnumerateFiles(folder, "*.partial", SearchOption.AllDirectories));
        Assert.Equal(manifest.Files.Count + 1, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static SampleOptions Small(long seed) => new() { Seed = seed, Practices = 300 };

    private static SortedDictionary<string, string> Hashes(SampleManifest manifest)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(manifest.Directory, "*", SearchOption.AllDirectories))
        {
            hashes[Path.GetRelativePath(manifest.Directory, path).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }

        return hashes;
    }
}
