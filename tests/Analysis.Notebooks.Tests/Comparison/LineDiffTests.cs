using Analysis.Notebooks.Comparison;

namespace Analysis.Notebooks.Tests.Comparison;

public sealed class LineDiffTests
{
    [Fact]
    public void A_long_changed_line_is_shown_around_where_it_first_differs()
    {
        var stored = "{\"x\":[" + string.Join(",", Enumerable.Range(0, 2_000)) + "]}";
        var changed = stored.Replace(",1500,", ",1501,", StringComparison.Ordinal);
        // 1-based: the comma, "150", then the digit that changed.
        var column = stored.IndexOf(",1500,", StringComparison.Ordinal) + 5;

        var diff = LineDiff.Describe("before\n" + stored + "\nafter", "before\n" + changed + "\nafter", "  ");

        var lines = diff.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(["  - ", "  + "], lines[1..3].Select(l => l[..4]));
        Assert.All(lines[1..3], l => Assert.True(l.Length < 220, $"a {l.Length}-character line"));
        Assert.Contains(",1500,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",1501,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(column {column} of {stored.Length:N0})"), lines[1], StringComparison.Ordinal);
        Assert.Equal(("    before", "    after"), (lines[0], lines[3]));
    }

    [Fact]
    public void Short_lines_are_shown_whole()
    {
        Assert.Equal("  - b = 1\n  + b = 2", LineDiff.Describe("b = 1", "b = 2", "  "));
    }
}
