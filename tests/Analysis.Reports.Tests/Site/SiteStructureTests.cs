using System.Text.RegularExpressions;
using Analysis.Reports.Tests.Support;

namespace Analysis.Reports.Tests.Site;

/// <summary>What every page must be: offline, linked, accessible in structure.</summary>
[Collection(ReportCollection.Name)]
public sealed partial class SiteStructureTests(ReportFixture fixture)
{
    [Fact]
    public void No_page_stylesheet_or_script_of_ours_refers_to_the_network()
    {
        var files = Directory.EnumerateFiles(fixture.Site, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("plotly-", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 300);
        var online = files.Where(f => File.ReadAllText(f) is var text && (text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase) || text.Contains("src=\"//", StringComparison.Ordinal)));
        Assert.Empty(online);
        Assert.True(File.Exists(Path.Combine(fixture.Site, "assets", "plotly-2.28.0.min.js")));
        Assert.True(File.Exists(Path.Combine(fixture.Site, "assets", "site.css")));
    }

    [Fact]
    public void Every_link_and_script_on_every_page_points_at_a_file_of_the_site()
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var page in SiteFiles.Pages(fixture.Site))
        {
            var html = File.ReadAllText(page);
            foreach (var link in SiteFiles.Links(html).Distinct(StringComparer.Ordinal))
            {
                var hash = link.IndexOf('#', StringComparison.Ordinal);
                var file = hash >= 0 ? link[..hash] : link;
                var target = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
                if (!target.StartsWith(fixture.Site, StringComparison.Ordinal) || !File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(fixture.Site, page)}: {link}");
                    continue;
                }

                if (hash >= 0 && hash < link.Length - 1)
                {
                    if (!ids.TryGetValue(target, out var known))
                    {
                        ids[target] = known = [.. IdPattern().Matches(File.ReadAllText(target)).Select(m => m.Groups["id"].Value)];
                    }

                    if (!known.Contains(link[(hash + 1)..]))
                    {
                        broken.Add($"{Path.GetRelativePath(fixture.Site, page)}: {link} (no such id)");
                    }
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_page_declares_its_language_title_and_one_h1_and_every_table_has_a_caption_and_scoped_headers()
    {
        var problems = new List<string>();
        foreach (var page in SiteFiles.Pages(fixture.Site))
        {
            var html = File.ReadAllText(page);
            var name = Path.GetRelativePath(fixture.Site, page);
            if (!html.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", StringComparison.Ordinal))
            {
                problems.Add(name + ": no lang");
            }

            if (!TitlePattern().IsMatch(html))
            {
                problems.Add(name + ": no title");
            }

            if (Regex.Count(html, "<h1>") != 1)
            {
                problems.Add(name + ": not one h1");
            }

            if (Regex.Count(html, "<table") != Regex.Count(html, "<caption>"))
            {
                problems.Add(name + ": a table without a caption");
            }

            if (UnscopedHeader().IsMatch(html))
            {
                problems.Add(name + ": a th without scope");
            }

            if (!html.Contains("<main id=\"main\">", StringComparison.Ordinal) || !html.Contains("href=\"#main\"", StringComparison.Ordinal))
            {
                problems.Add(name + ": no main landmark with a skip link");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Colour_is_never_the_only_signal_every_coloured_cell_says_its_comparison_in_words()
    {
        var cells = 0;
        foreach (var page in SiteFiles.Pages(fixture.Site).Where((_, i) => i % 7 == 0))
        {
            foreach (Match cell in ComparisonCell().Matches(File.ReadAllText(page)))
            {
                cells++;
                var words = SiteFiles.Text(cell.Groups["body"].Value).Trim();
                Assert.Matches("^(. )?(Much )?(Better|Worse|Higher|Lower|Similar|Not compared|better|worse|higher|lower)$|^–$", words);
            }
        }

        Assert.True(cells > 100);
    }

    [Fact]
    public void Every_chart_has_a_text_label_and_a_caption()
    {
        foreach (var page in SiteFiles.Pages(fixture.Site).Where(p => File.ReadAllText(p).Contains("analysis-chart", StringComparison.Ordinal)).Take(50))
        {
            var html = File.ReadAllText(page);
            Assert.Matches("<div class=\"analysis-chart\" id=\"[a-z-]+\" style=\"[^\"]+\" role=\"img\" aria-label=\"[^\"]{10,}\">", html);
            Assert.Equal(Regex.Count(html, "class=\"analysis-chart\""), Regex.Count(html, "<figcaption>"));
        }
    }

    [Fact]
    public void A_name_with_markup_in_the_data_is_shown_as_text()
    {
        Assert.DoesNotContain(SiteFiles.Pages(fixture.Site), p => File.ReadAllText(p).Contains("<script>alert", StringComparison.Ordinal));
        var h = new HtmlText();
        h.Element("td", "Bank House </script><b>\"Surgery\" & 'Co'", "x");
        Assert.Equal("<td class=\"x\">Bank House &lt;/script&gt;&lt;b&gt;&quot;Surgery&quot; &amp; &#39;Co&#39;</td>", h.Builder.ToString());
    }

    [GeneratedRegex("id=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<title>[^<]{3,}</title>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<th(?![^>]*\\bscope=\")[ >]")]
    private static partial Regex UnscopedHeader();

    [GeneratedRegex("<td class=\"c-[a-z]+\">(?<body>.*?)</td>")]
    private static partial Regex ComparisonCell();
}
