using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;
using Analysis.Data.Workforce;

namespace Analysis.Data.Tests.Workforce;

public sealed class WorkforceAnnualReaderTests
{
    private const string Panel = "gp-workforce/workforce_year_DERIVED.csv";

    [SharedDataFact]
    public void The_derived_panel_is_identified_and_every_row_is_read()
    {
        var result = NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Panel));

        Assert.Equal(DatasetKind.WorkforceAnnual, result.Report.Kind);
        Assert.Equal("HEEC 2024", result.Report.Vintage);
        Assert.Equal("UTF-8", result.Report.Encoding);
        Assert.Equal(62673, result.Report.DataRows);
        Assert.Equal(62673, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(["IMD", "IMD_quintile"], result.Report.UnmappedColumns);
        Assert.Equal(7761, result.Rows.Select(r => r.Practice).Distinct().Count());
    }

    [SharedDataFact]
    public void Rows_per_financial_year_match_the_panel_and_each_is_a_mean_dated_to_March()
    {
        var rows = NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Panel)).Rows;

        var perYear = rows.GroupBy(r => r.MeanOverYear!.Value.EndYear).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));
        Assert.Equal(
            [(2016, 7623), (2017, 7558), (2018, 7354), (2019, 7137), (2020, 6867), (2021, 6652), (2022, 6587), (2023, 6503), (2024, 6392)],
            perYear);
        Assert.All(rows, r => Assert.Equal(r.MeanOverYear!.Value.LastMonth, r.Census));
        Assert.All(rows, r => Assert.Equal(3, r.Census.Number));
    }

    [SharedDataFact]
    public void NA_tokens_become_nulls_and_all_GPs_is_known_only_when_both_parts_are()
    {
        var rows = NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Panel)).Rows;

        Assert.Equal(284, rows.Count(r => r.QualifiedGpFte is null));
        Assert.Equal(284, rows.Count(r => r.TraineeAndLocumGpFte is null));
        Assert.Equal(284, rows.Count(r => r.AllGpFte is null));
        Assert.Equal(747, rows.Count(r => r.NurseFte is null));
        Assert.Equal(1007, rows.Count(r => r.DirectPatientCareFte is null));
        Assert.Equal(80, rows.Count(r => r.AdminFte is null));
        Assert.Equal(544, rows.Count(r => r.RegisteredPatients == 0m));
        Assert.All(rows, r => Assert.Null(r.TraineeGpFte));
    }

    [SharedDataFact]
    public void A81001_in_2020_21_reads_a_decimal_mean_list_size()
    {
        var a81001 = NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Panel)).Rows
            .Single(r => r.Practice == OdsCode.From("A81001") && r.MeanOverYear == FinancialYear.EndingIn(2021));

        Assert.Equal(new Month(2021, 3), a81001.Census);
        Assert.Equal(4096.66666666667m, a81001.RegisteredPatients);
        Assert.Equal(2m, a81001.QualifiedGpFte);
        Assert.Equal(1.1m, a81001.TraineeAndLocumGpFte);
        Assert.Equal(3.1m, a81001.AllGpFte);
        Assert.Equal(1.1m, a81001.NurseFte);
        Assert.Equal(0.4m, a81001.DirectPatientCareFte);
        Assert.Equal(6.9m, a81001.AdminFte);
        Assert.False(a81001.IsEstimated);
    }

    [Fact]
    public void A_misspelt_or_impossible_year_is_one_located_issue_each()
    {
        var result = NhsFile.Read<WorkforceSnapshot>(Support.Fixture.Path("workforce", "annual-bad-year-and-na.csv"));

        var read = Assert.Single(result.Rows);
        Assert.Null(read.TraineeAndLocumGpFte);
        Assert.Null(read.AllGpFte);
        Assert.Equal(5012.5m, read.RegisteredPatients);
        Assert.Equal(2, result.Report.IssueCount);
        Assert.Equal(
            [(3, "2 'Year'", "20l8", IssueCode.NotAWholeNumber), (4, "2 'Year'", "1899", IssueCode.UnexpectedValue)],
            result.Report.Issues.Select(i => (i.Line, i.Column, i.Value, i.Code)));
    }
}
