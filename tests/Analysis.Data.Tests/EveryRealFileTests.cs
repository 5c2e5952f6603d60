using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests;

/// <summary>The acceptance table: every real file in ../shared/data, its kind, vintage and row counts.</summary>
public sealed class EveryRealFileTests
{
    [SharedDataTheory]
    [InlineData("deprivation-imd/File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx", DatasetKind.LsoaDeprivation, "IMD 2019 File 1", 32844, 0)]
    [InlineData("deprivation-imd/indicator-data.csv", DatasetKind.PracticeDeprivation, "Fingertips export", 6547, 2)]
    [InlineData("gp-registered-patients/gp-reg-pat-prac-all.csv", DatasetKind.RegisteredPatients, "CCG", 6658, 0)]
    [InlineData("gp-registered-patients/gp-reg-pat-prac-map.csv", DatasetKind.PracticeMap, "CCG", 6527, 0)]
    [InlineData("gp-registered-patients/gp-reg-pat-prac-quin-age_SUBSET-QHM-QF7-QT6.csv", DatasetKind.QuinaryAge, "CCG and sub-ICB", 31304, 0)]
    [InlineData("gp-workforce/1_General_Practice_–_September_2024_Practice_Level_-_Detailed_SUBSET-first-rows.csv", DatasetKind.WorkforceDetailed, "2023 EXTGL", 41, 0)]
    [InlineData("gp-workforce/workforce_year_DERIVED.csv", DatasetKind.WorkforceAnnual, "HEEC 2024", 62673, 0)]
    [InlineData("nhs-payments-gp/nhspaymentsgp-15-16-csv.csv", DatasetKind.Payments, "2015-16", 7841, 0)]
    [InlineData("nhs-payments-gp/nhspaymentsgp-17-18-csv.csv", DatasetKind.Payments, "2017-18", 7543, 0)]
    [InlineData("nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv", DatasetKind.Payments, "2022-23", 6669, 0)]
    [InlineData("ods-practices/epraccur.csv", DatasetKind.OdsPractices, "epraccur", 14357, 0)] // PROVENANCE says 14,356; the file has 14,357 CRLF-ended records and no header
    [InlineData("pcn-workforce/11.Primary Care Networks – September 2022 Individual Level.csv", DatasetKind.PcnWorkforce, "2022-07 ICB", 17239, 0)]
    [InlineData("qof/PREVALENCE_2425.csv", DatasetKind.QofPrevalence, "raw data CSV", 129948, 0)]
    [InlineData("qof/QOF 2017-18.csv", DatasetKind.QofAchievement, "2017-18", 7100, 0)]
    [InlineData("qof/QOF 2022-23.csv", DatasetKind.QofAchievement, "2021-22 or 2022-23", 6378, 0)]
    public void Each_real_file_is_read_as_its_kind_and_vintage_with_every_row_accounted_for(
        string file, DatasetKind kind, string vintage, int rows, int skipped)
    {
        var report = NhsFile.Inspect(SharedData.Path(file));

        Assert.Equal((kind, vintage, rows), (report.Kind, report.Vintage, report.DataRows));
        Assert.Equal(rows - skipped, report.RowsRead);
        Assert.Equal(skipped, report.Skipped.Values.Sum());
        Assert.Equal(0, report.RowsRejected);
    }

    [SharedDataFact]
    public void The_table_above_covers_every_file_in_the_shared_folder()
    {
        var files = Directory.EnumerateFiles(SharedData.Folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Count();

        Assert.Equal(15, files);
    }
}
