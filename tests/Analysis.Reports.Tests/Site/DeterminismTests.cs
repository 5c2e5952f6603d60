using Analysis.Reports.Tests.Support;

namespace Analysis.Reports.Tests.Site;

[Collection(ReportCollection.Name)]
public sealed class DeterminismTests(ReportFixture fixture)
{
    [Fact]
    public void Building_again_from_the_same_input_writes_the_same_bytes_in_every_file()
    {
        var again = Path.Combine(fixture.Work, "again", "site");
        var outcome = ReportSite.Build(fixture.Request(again));

        var first = SiteFiles.Hashes(fixture.Site);
        var second = SiteFiles.Hashes(again);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Empty(first.Where(f => second[f.Key] != f.Value).Select(f => f.Key));
        Assert.Equal(fixture.Outcome.Files, outcome.Files);
        Assert.Equal(fixture.Outcome.Bytes, outcome.Bytes);
        Assert.Equal(first.Count, outcome.Files);
    }
}
