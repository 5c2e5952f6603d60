using Analysis.Notebooks.Comparison;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Comparison;

public sealed class ScrubberTests
{
    private static string Scrub(string text) => BuiltInScrubbers.All.Aggregate(text, (t, s) => s.Apply(t));

    [Theory]
    [InlineData("id 3F2504E0-4F89-11D3-9A0C-0305E82C3301 end", "id GUID end")]
    [InlineData("var renderPlotly_615cb5406dbf4a27903c60ccef12aefb = 1", "var renderPlotly_GUID = 1")]
    [InlineData("Wall time: 1,234.5ms", "Wall time: WALLTIME")]
    [InlineData("at 2024-03-01T10:11:12.123+01:00 and 2024-03-01 09:00", "at DATETIME and DATETIME")]
    [InlineData("on 2024-03-01 or 01/03/2024 at 10:11:12", "on DATE or DATE at TIME")]
    [InlineData("at Submission#12.<<Initialize>>d__0.MoveNext()", "at Submission#N.<<Initialize>>d__0.MoveNext()")]
    [InlineData("read /home/analyst/data/file.csv and C:\\Users\\a\\file.csv", "read PATH and PATH")]
    [InlineData("see https://digital.nhs.uk/data/x, 1/2/3 and </div></b>", "see https://digital.nhs.uk/data/x, 1/2/3 and </div></b>")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("<pre>42</pre><style>\n.dni-code-hint {\n font-style: italic;\n}\n</style>", "<pre>42</pre>")]
    public void Built_in_scrubbers_replace_what_changes_between_runs_and_leave_the_rest(string text, string expected) =>
        Assert.Equal(expected, Scrub(text));

    [Fact]
    public void A_user_file_in_nbval_format_is_read_in_order()
    {
        var (scrubbers, problem) = ScrubberFile.Read(Fixtures.Path("Regression/scrub.cfg"));

        Assert.Null(problem);
        var scrubber = Assert.Single(scrubbers);
        Assert.Equal("build number", scrubber.Name);
        Assert.Equal("build N and build N", scrubber.Apply("build 17 and build 4821"));
    }

    [Theory]
    [InlineData("regex: (unclosed\nreplace: x\n", 1, "invalid regular expression")]
    [InlineData("regex: a\n", 1, "a regex: line needs a replace: line after it")]
    [InlineData("[ok]\nregex: a\nreplace: b\nsomething else\n", 4, "expected [section], regex: PATTERN or replace: TEXT")]
    public void A_bad_scrubber_file_is_located(string text, int line, string message)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("nb-scrub-").FullName, "bad.cfg");
        File.WriteAllText(path, text);

        var (scrubbers, problem) = ScrubberFile.Read(path);

        Assert.Empty(scrubbers);
        Assert.Equal(line, problem!.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
