using Analysis.Data;
using Analysis.Reports.Tests.Support;

namespace Analysis.Reports.Tests.Site;

/// <summary>A data folder missing a publication still gives a site; what it cannot show says unavailable, and why.</summary>
[Collection(ReportCollection.Name)]
public sealed class BadInputTests(ReportFixture fixture)
{
    [Fact]
    public void Without_the_survey_files_the_survey_indicators_say_unavailable_and_everything_else_is_there()
    {
        var site = Build("survey", out var outcome);

        var unavailable = outcome.Unavailable.Where(u => u.StartsWith("GPPS", StringComparison.Ordinal)).ToList();
        Assert.Equal(["GPPS01", "GPPS02", "GPPS03"], unavailable.Select(u => u[..6]));
        Assert.All(unavailable, u => Assert.EndsWith("Unavailable: no GP Patient Survey data was loaded, so no practice has a value", u, StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Unavailable, u => u.StartsWith("WF01", StringComparison.Ordinal));

        var practice = File.ReadAllText(Directory.GetFiles(Path.Combine(site, "practice"), "*.html").Order(StringComparer.Ordinal).First());
        Assert.Contains("<td colspan=\"7\" class=\"na\">Unavailable: no GP Patient Survey data was loaded, so no practice has a value</td>", SiteFiles.Row(practice, "GPPS01"), StringComparison.Ordinal);
        Assert.Matches("class=\"c-[a-z]+\"", SiteFiles.Row(practice, "WF01"));

        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<th scope=\"row\">GP Patient Survey</th><td class=\"na\">Unavailable: no file of this publication was loaded</td><td></td></tr>", index, StringComparison.Ordinal);
        Assert.Contains("ICBs by GP FTE shortfall", index, StringComparison.Ordinal);
        Assert.Contains("Unavailable: no GP Patient Survey data was loaded", File.ReadAllText(Path.Combine(site, "methods.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_payments_files_the_under_doctored_tables_and_need_weighted_indicators_say_why_they_are_missing()
    {
        var site = Build("payments", out var outcome);

        Assert.Contains(outcome.Unavailable, u => u.StartsWith("WF01: Unavailable: no NHS Payments to General Practice data was loaded", StringComparison.Ordinal));
        Assert.Contains(outcome.Unavailable, u => u.StartsWith("Under-doctored tables: Unavailable: no NHS Payments to General Practice data was loaded", StringComparison.Ordinal));
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<p class=\"na\">Unavailable: no NHS Payments to General Practice data was loaded; the table needs GP FTE (workforce) and weighted patients (payments) in the same month</p>", index, StringComparison.Ordinal);
        Assert.Contains("<p class=\"na\">Unavailable: WF01 has no value in any deprivation decile</p>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("ICBs by GP FTE shortfall", index, StringComparison.Ordinal);
        Assert.InRange(outcome.PracticePages, 250, 320);

        var practice = File.ReadAllText(Directory.GetFiles(Path.Combine(site, "practice"), "*.html").Order(StringComparer.Ordinal).First());
        Assert.Contains("Unavailable: no NHS Payments to General Practice data was loaded", SiteFiles.Row(practice, "WF01"), StringComparison.Ordinal);
        Assert.Matches("class=\"c-[a-z]+\"", SiteFiles.Row(practice, "WF02"));
    }

    /// <summary>Copies the sample without one publication's folder and builds a site from the copy.</summary>
    private string Build(string withoutFolder, out ReportOutcome outcome)
    {
        var data = Path.Combine(fixture.Work, "without-" + withoutFolder);
        foreach (var file in Directory.EnumerateFiles(fixture.SampleFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(fixture.SampleFolder, file);
            if (relative.StartsWith(withoutFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(data, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Assert.False(Directory.Exists(Path.Combine(data, withoutFolder)));
        var site = Path.Combine(fixture.Work, "site-without-" + withoutFolder);
        outcome = ReportSite.Build(fixture.Request(site, NhsData.Load(data)));
        return site;
    }
}
