using Analysis.Data.Periods;
using Analysis.Data.Sample;

namespace Analysis.Data.Tests.Sample;

public sealed class SampleCacheTests : IDisposable
{
    private static readonly SampleOptions Small = new() { Practices = 80, FirstYear = new FinancialYear(2022), LastYear = new FinancialYear(2022) };
    private readonly string _root = Directory.CreateTempSubdirectory("sample-cache-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_sample_is_generated_once_and_then_reused()
    {
        var first = SampleCache.Ensure(_root, Small);
        var written = File.GetLastWriteTimeUtc(Path.Combine(first, "manifest.json"));

        var second = SampleCache.Ensure(_root, Small);

        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(second, "manifest.json")));
        Assert.Empty(Directory.GetDirectories(_root, "*.partial-*"));
    }

    [Fact]
    public void A_damaged_cached_sample_is_generated_again()
    {
        var folder = SampleCache.Ensure(_root, Small);
        var victim = Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).First();
        File.WriteAllText(victim, "truncated");

        SampleCache.Ensure(_root, Small);

        Assert.NotEqual("truncated", File.ReadAllText(victim));
        Assert.Empty(NhsData.Load(folder).Unreadable);
    }
}
