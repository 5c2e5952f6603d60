using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Workforce;

namespace Analysis.Data.Tests.Workforce;

public sealed class WorkforceHighLevelReaderTests
{
    private static readonly ReaderOptions WithCensus = new() { Period = "2023-07" };

    [Fact]
    public void Every_row_is_read_as_one_measure_with_NA_as_null()
    {
        var result = NhsFile.Read<WorkforceMeasure>(Fixture("high-level-totals-roles-and-na.csv"), WithCensus);

        Assert.Equal(DatasetKind.WorkforceHighLevel, result.Report.Kind);
        Assert.Equal("2023", result.Report.Vintage);
        Assert.Equal(23, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(2, result.Rows.Count(m => m.Value is null));
        var headcount = result.Rows[1];
        Assert.Equal(("GP", "Total", WorkforceMeasureKind.Headcount, 6m), (headcount.StaffGroup, headcount.DetailedStaffRole, headcount.Measure, headcount.Value));
        Assert.Equal("INVENTED, AND SONS", result.Rows[^1].PracticeName);
    }

    [Fact]
    public void The_pivot_takes_group_totals_and_derives_qualified_GPs_from_trainee_and_locum_roles()
    {
        var snapshots = WorkforcePivot.ToSnapshots(NhsFile.Read<WorkforceMeasure>(Fixture("high-level-totals-roles-and-na.csv"), WithCensus).Rows);

        Assert.Equal(2, snapshots.Count);
        var x1 = snapshots[0];
        Assert.Equal(OdsCode.From("X00001"), x1.Practice);
        Assert.Equal(new Month(2023, 7), x1.Census);
        Assert.Equal("INVENTED SURGERY", x1.Name);
        Assert.Equal(5.2m, x1.AllGpFte);
        Assert.Equal(6, x1.AllGpHeadcount);
        Assert.Equal(1.5m, x1.TraineeGpFte);
        Assert.Equal(0.6m, x1.LocumGpFte);
        Assert.Equal(3.1m, x1.QualifiedGpFte);
        Assert.Null(x1.QualifiedGpHeadcount);
        Assert.Null(x1.GpsAged55PlusHeadcount);
        Assert.Null(x1.RegisteredPatients);
        Assert.Equal(2.4m, x1.NurseFte);
        Assert.Equal(3.5m, x1.DirectPatientCareFte);
        Assert.Equal(1.75m, x1.PharmacistFte);
        Assert.Equal(0.75m, x1.PhysicianAssociateFte);
        Assert.Equal(9.333333333m, x1.AdminFte);
        Assert.False(x1.IsEstimated);
    }

    [Fact]
    public void A_practice_with_an_NA_group_is_estimated_and_that_group_is_null()
    {
        var x2 = WorkforcePivot.ToSnapshots(NhsFile.Read<WorkforceMeasure>(Fixture("high-level-totals-roles-and-na.csv"), WithCensus).Rows)[1];

        Assert.Equal(OdsCode.From("X00002"), x2.Practice);
        Assert.True(x2.IsEstimated);
        Assert.Null(x2.NurseFte);
        Assert.Equal(3m, x2.QualifiedGpFte);
        Assert.Equal(0m, x2.TraineeGpFte);
        Assert.Equal(0m, x2.PharmacistFte);
        Assert.Equal(4.5m, x2.AdminFte);
    }

    [Fact]
    public void Bad_measure_and_value_cells_are_rejected_with_their_location()
    {
        var report = NhsFile.Inspect(Fixture("high-level-bad-measure.csv"), WithCensus);

        Assert.Equal(1, report.RowsRead);
        Assert.Equal(2, report.RowsRejected);
        Assert.Equal(
            [(3, "5 'MEASURE'", IssueCode.UnexpectedValue), (4, "6 'VALUE'", IssueCode.NotANumber)],
            report.Issues.Select(i => (i.Line, i.Column, i.Code)));
    }

    [Fact]
    public void Without_a_census_month_the_rows_are_counted_but_not_read_into_records()
    {
        var report = NhsFile.Inspect(Fixture("high-level-totals-roles-and-na.csv"));

        Assert.Equal(23, report.RowsRead);
        Assert.Throws<DataFormatException>(() => NhsFile.Read<WorkforceMeasure>(Fixture("high-level-totals-roles-and-na.csv")));
    }

    private static string Fixture(string name) => Support.Fixture.Path("workforce", name);
}
