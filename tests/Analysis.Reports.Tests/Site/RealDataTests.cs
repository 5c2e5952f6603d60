using Analysis.Data;
using Analysis.Reports.Tests.Support;
using Analysis.Testing;

namespace Analysis.Reports.Tests.Site;

/// <summary>The report over the real NHS files in ../shared/data: areas renamed between vintages, practices without an ICB, publications missing.</summary>
[Collection(ReportCollection.Name)]
public sealed class RealDataTests(ReportFixture fixture)
{
    [SharedDataFact]
    public void The_real_files_give_a_site_with_every_practice_and_one_league_row_per_icb()
    {
        var site = Path.Combine(fixture.Work, "real");
        var outcome = ReportSite.Build(new ReportRequest
        {
            Data = NhsData.Load(SharedData.Folder),
            Indicators = fixture.Indicators,
            OutputFolder = site,
            SourceName = "the NHS publication files in data",
            TrendYears = 1,
            InequalityRepetitions = 1_000,
        });

        Assert.InRange(outcome.PracticePages, 6_000, 9_000);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        var icbs = index[index.IndexOf("ICBs by GP FTE shortfall", StringComparison.Ordinal)..];
        icbs = icbs[..icbs.IndexOf("</table>", StringComparison.Ordinal)];
        var rows = icbs.Split("<tr>").Skip(2).ToList();
        Assert.InRange(rows.Count, 40, 45);
        Assert.Equal(rows.Count, rows.Select(r => r[..r.IndexOf("</th>", StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(rows, r => r.Contains("(area not known)", StringComparison.Ordinal));
        Assert.Contains(outcome.Unavailable, u => u == "GPPS01: Unavailable: no GP Patient Survey data was loaded, so no practice has a value");
        Assert.DoesNotContain(outcome.Unavailable, u => u.StartsWith("WF01", StringComparison.Ordinal));
        Assert.DoesNotContain("Synthetic data.", index, StringComparison.Ordinal);
    }
}
