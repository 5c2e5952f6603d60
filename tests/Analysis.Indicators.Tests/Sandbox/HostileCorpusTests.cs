using System.Text.RegularExpressions;

namespace Analysis.Indicators.Tests.Sandbox;

public sealed partial class HostileCorpusTests(HostileCorpusFixture corpus) : IClassFixture<HostileCorpusFixture>
{
    public static TheoryData<string> Rejected => [.. CorpusCase.All.Where(c => c.Contained is null).Select(c => c.File)];

    public static TheoryData<string> Contained => [.. CorpusCase.All.Where(c => c.Contained is not null).Select(c => c.File)];

    [Fact]
    public void The_corpus_has_a_case_per_route_each_with_its_expected_outcome()
    {
        Assert.True(CorpusCase.All.Count >= 40, $"only {CorpusCase.All.Count} hostile scripts");
        Assert.All(CorpusCase.All, c => Assert.True(c.Rejections.Count > 0 ^ c.Contained is not null, $"{c.File}: give either rejections or one contained outcome"));
        Assert.Equal(CorpusCase.All.Count, CorpusCase.All.Select(c => c.Route).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_readme_table_lists_every_case_once_with_the_ids_of_its_outcome()
    {
        var rows = File.ReadLines(Path.Combine(CorpusCase.Folder, "README.md"))
            .Select(l => TableRow().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (Route: m.Groups[2].Value, Outcome: m.Groups[3].Value), StringComparer.Ordinal);

        Assert.Equal(CorpusCase.All.Select(c => c.File), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(CorpusCase.All, c =>
        {
            var (route, outcome) = rows[c.File];
            Assert.Equal(c.Route, route);
            if (c.Contained is { } contained)
            {
                Assert.StartsWith("contained", outcome, StringComparison.Ordinal);
                Assert.Contains(contained == "no-values" ? "no values" : contained, outcome, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith("rejected", outcome, StringComparison.Ordinal);
                Assert.All(c.Rejections, r => Assert.Contains($"{r.Id} `{r.Names}` (line {r.Line})", outcome, StringComparison.Ordinal));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void A_rejected_case_gets_each_diagnostic_its_header_names_and_never_runs(string file)
    {
        var c = CorpusCase.Named(file);
        var found = corpus.Prepared.Diagnostics.Where(d => d.Path == c.Path).ToList();

        Assert.All(c.Rejections, expected => Assert.True(
            found.Any(d => d.Id == expected.Id && d.Line == expected.Line && d.IsError && d.Message.Contains(expected.Names, StringComparison.OrdinalIgnoreCase)),
            $"expected {expected.Id} at line {expected.Line} naming '{expected.Names}'; got:{Environment.NewLine}{string.Join(Environment.NewLine, found)}"));
        Assert.False(corpus.Prepared.CanRun(c.Path));
    }

    [Theory]
    [MemberData(nameof(Contained))]
    public void A_contained_case_passes_every_check_so_only_the_worker_process_can_stop_it(string file)
    {
        var c = CorpusCase.Named(file);

        Assert.DoesNotContain(corpus.Prepared.Diagnostics, d => d.Path == c.Path && d.IsError);
        Assert.True(corpus.Prepared.CanRun(c.Path));
    }

    [GeneratedRegex(@"^\| \[([^\]]+\.csx)\]\([^)]+\) \| (.+?) \| (.+) \|$")]
    private static partial Regex TableRow();
}
