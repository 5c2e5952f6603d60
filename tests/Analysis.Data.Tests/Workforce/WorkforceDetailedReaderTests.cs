using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;
using Analysis.Data.Workforce;

namespace Analysis.Data.Tests.Workforce;

public sealed class WorkforceDetailedReaderTests
{
    private const string Subset = "gp-workforce/1_General_Practice_–_September_2024_Practice_Level_-_Detailed_SUBSET-first-rows.csv";
    private static readonly Month September2024 = new(2024, 9);
    private static readonly ReaderOptions WithCensus = new() { Period = September2024.ToString() };

    [SharedDataFact]
    public void The_2024_subset_is_identified_as_the_2023_vintage_and_every_row_is_read()
    {
        var result = NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Subset), WithCensus);

        Assert.Equal(DatasetKind.WorkforceDetailed, result.Report.Kind);
        Assert.Equal("2023 EXTGL", result.Report.Vintage);
        Assert.Equal(41, result.Report.DataRows);
        Assert.Equal(41, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(September2024, r.Census));
        Assert.All(result.Rows, r => Assert.Null(r.MeanOverYear));
        Assert.Equal(799 - 32, result.Report.UnmappedColumns.Count);
    }

    [SharedDataFact]
    public void A81001_reads_gp_types_from_published_totals_and_its_ICB_era_geography()
    {
        var a81001 = Practice("A81001");

        Assert.Equal("THE DENSHAM SURGERY", a81001.Name);
        Assert.Equal(3880m, a81001.RegisteredPatients);
        Assert.Equal(4.56m, a81001.AllGpFte);
        Assert.Equal(5, a81001.AllGpHeadcount);
        Assert.Equal(2m, a81001.QualifiedGpFte);
        Assert.Equal(2, a81001.QualifiedGpHeadcount);
        Assert.Equal(2.56m, a81001.TraineeGpFte);
        Assert.Equal(0m, a81001.LocumGpFte);
        Assert.Null(a81001.TraineeAndLocumGpFte);
        Assert.Equal(2, a81001.GpsAged55PlusHeadcount);
        Assert.Equal(0.52m, a81001.NurseFte);
        Assert.Equal(0.426666667m, a81001.DirectPatientCareFte);
        Assert.Equal(7.293333333m, a81001.AdminFte);
        Assert.False(a81001.IsEstimated);
        Assert.Equal("U89141", a81001.Geography?.Pcn?.Code);
        Assert.Equal("STOCKTON PCN", a81001.Geography?.Pcn?.Name);
        Assert.Equal("16C", a81001.Geography?.SubIcb?.Code);
        Assert.Equal("QHM", a81001.Geography?.Icb?.Code);
        Assert.Equal("Y63", a81001.Geography?.Region?.Code);
    }

    [SharedDataFact]
    public void A81016_is_the_one_estimated_practice_because_its_DPC_source_includes_FTE_estimates()
    {
        var rows = NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Subset), WithCensus).Rows;
        var a81016 = rows.Single(r => r.Practice == OdsCode.From("A81016"));

        Assert.True(a81016.IsEstimated);
        Assert.Equal(3.301859141m, a81016.DirectPatientCareFte);
        Assert.Equal(2.586666667m, a81016.QualifiedGpFte);
        Assert.Equal(0m, a81016.TraineeGpFte);
        Assert.Equal(2, a81016.GpsAged55PlusHeadcount);
        Assert.Equal([OdsCode.From("A81016")], rows.Where(r => r.IsEstimated).Select(r => r.Practice));
    }

    [SharedDataFact]
    public void A81044_adds_the_EXTGL_age_bands_from_55_and_reads_pharmacists()
    {
        var a81044 = Practice("A81044");

        Assert.Equal(13.97333333m, a81044.AllGpFte);
        Assert.Equal(8.96m, a81044.QualifiedGpFte);
        Assert.Equal(9, a81044.QualifiedGpHeadcount);
        Assert.Equal(13.97333333m - 8.96m, a81044.TraineeGpFte);
        Assert.Equal(5, a81044.GpsAged55PlusHeadcount);
        Assert.Equal(12.32m, a81044.NurseFte);
        Assert.Equal(3.88m, a81044.DirectPatientCareFte);
        Assert.Equal(1.44m, a81044.PharmacistFte);
        Assert.Equal(0m, a81044.PhysicianAssociateFte);
        Assert.Equal(32.61333333m, a81044.AdminFte);
    }

    [SharedDataFact]
    public void Without_a_census_month_the_file_is_inspected_but_reading_it_says_how_to_give_one()
    {
        var report = NhsFile.Inspect(SharedData.Path(Subset));

        Assert.Equal("2023 EXTGL", report.Vintage);
        Assert.Equal(41, report.RowsRead);
        Assert.Null(report.Period);
        var error = Assert.Throws<DataFormatException>(() => NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Subset)));
        Assert.Equal(1, error.Line);
        Assert.Contains("does not say which census month the file covers", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReaderOptions.Period (for example \"2024-09\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_flags_mark_estimates_and_blank_out_staff_groups_with_no_data()
    {
        var rows = NhsFile.Read<WorkforceSnapshot>(Fixture("detailed-2023-source-flags-and-na.csv"), WithCensus).Rows;
        var provided = rows.Single(r => r.Practice == OdsCode.From("X00001"));
        var partial = rows.Single(r => r.Practice == OdsCode.From("X00002"));

        Assert.False(provided.IsEstimated);
        Assert.Equal(1.5m, provided.TraineeGpFte);
        Assert.Equal(0.6m, provided.LocumGpFte);
        Assert.Equal(3.1m, provided.QualifiedGpFte);
        Assert.Equal(3, provided.GpsAged55PlusHeadcount);
        Assert.Equal(1.75m, provided.PharmacistFte);
        Assert.Equal(0.75m, provided.PhysicianAssociateFte);

        Assert.True(partial.IsEstimated);
        Assert.Null(partial.NurseFte);
        Assert.Null(partial.AdminFte);
        Assert.Equal(3.301859141m, partial.DirectPatientCareFte);
        Assert.Equal(3.1m, partial.QualifiedGpFte);
        Assert.Equal("INVENTED & SONS (PARTNERSHIP)", partial.Name);
    }

    [Fact]
    public void Bad_cells_are_rejected_with_their_line_column_and_code()
    {
        var result = NhsFile.Read<WorkforceSnapshot>(Fixture("detailed-2023-bad-cells.csv"), WithCensus);

        Assert.Equal(1, result.Report.RowsRead);
        Assert.Equal(2, result.Report.RowsRejected);
        Assert.Collection(
            result.Report.Issues,
            i =>
            {
                Assert.Equal(3, i.Line);
                Assert.Equal("87 'TOTAL_GP_FTE'", i.Column);
                Assert.Equal("4..5", i.Value);
                Assert.Equal(IssueCode.NotANumber, i.Code);
            },
            i =>
            {
                Assert.Equal(4, i.Line);
                Assert.Equal("29 'GP_SOURCE'", i.Column);
                Assert.Equal(IssueCode.UnexpectedValue, i.Code);
                Assert.Contains("Fully provided", i.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void The_2015_18_layout_takes_qualified_GPs_as_excluding_registrars_and_locums_and_reads_EST_as_estimated()
    {
        var result = NhsFile.Read<WorkforceSnapshot>(Fixture("detailed-2015-18-exrl-est-and-nd.csv"), new ReaderOptions { Period = "2017-09" });
        var returned = result.Rows.Single(r => r.Practice == OdsCode.From("X00001"));
        var estimated = result.Rows.Single(r => r.Practice == OdsCode.From("X00002"));

        Assert.Equal("2015-18 EXRL", result.Report.Vintage);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(3.9m, returned.QualifiedGpFte);
        Assert.Equal(4, returned.QualifiedGpHeadcount);
        Assert.Equal(1.2m, returned.TraineeGpFte);
        Assert.Equal(0.5m, returned.LocumGpFte);
        Assert.Equal(5.6m, returned.AllGpFte);
        Assert.Equal(0.4m, returned.PharmacistFte);
        Assert.Null(returned.GpsAged55PlusHeadcount);
        Assert.Null(returned.Geography);
        Assert.False(returned.IsEstimated);

        Assert.True(estimated.IsEstimated);
        Assert.Null(estimated.NurseFte);
        Assert.Null(estimated.DirectPatientCareFte);
        Assert.Equal(8.2m, estimated.AdminFte);
    }

    [SharedDataTheory]
    [InlineData(false, "2020-22 EXTGL")]
    [InlineData(true, "2015-20 EXTGL")]
    public void Older_EXTGL_vintages_are_told_apart_by_FTE_age_bands_and_PCN_columns(bool withoutPcn, string vintage)
    {
        // Headers derived from the 2024 one by removing what the 2023 and 2020 changes added.
        var header = File.ReadLines(SharedData.Path(Subset)).First().Split(',')
            .Where(h => !IsFteAgeBand(h) && !(withoutPcn && h.StartsWith("PCN_", StringComparison.Ordinal)));
        var path = Path.Combine(Path.GetTempPath(), $"workforce-{vintage.Replace(' ', '-')}-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join(',', header) + "\n");
        try
        {
            Assert.Equal(vintage, NhsFile.Identify(path).Vintage);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool IsFteAgeBand(string header) =>
        header.Contains("_FTE_", StringComparison.Ordinal)
        && (header.Contains("TO", StringComparison.Ordinal) || header.EndsWith("PLUS", StringComparison.Ordinal)
            || header.EndsWith("UNKNOWN_AGE", StringComparison.Ordinal) || header.Contains("UNDER", StringComparison.Ordinal));

    private static WorkforceSnapshot Practice(string code) =>
        NhsFile.Read<WorkforceSnapshot>(SharedData.Path(Subset), WithCensus).Rows.Single(r => r.Practice == OdsCode.From(code));

    private static string Fixture(string name) => Support.Fixture.Path("workforce", name);
}
