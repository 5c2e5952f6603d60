using System.Globalization;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Sample;
using Analysis.Data.Sample.Writers;
using Analysis.Data.Survey;
using Analysis.Testing;

namespace Analysis.Data.Tests.Sample;

/// <summary>The layouts the sample writes: column lists, sums within a row, the newest vintages, atomic files.</summary>
[Collection(SampleCollection.Name)]
public sealed class SampleLayoutTests(SampleFixture sample) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "analysis-layouts-" + Guid.NewGuid().ToString("N"));

    [SharedDataFact]
    public void The_workforce_columns_are_the_real_subset_files_header()
    {
        var real = File.ReadLines(SharedData.Path(Analysis.Data.Sample.Calibration.CalibrationTargets.Detailed)).First().Split(',');

        Assert.Equal(799, WorkforceWriter.Columns.Count);
        Assert.Equal(real, WorkforceWriter.Columns);
    }

    [Fact]
    public void Every_staff_column_name_parses_and_the_practice_columns_come_first()
    {
        var parsed = WorkforceWriter.Columns.Select((name, i) => WorkforceColumn.Parse(i, name)).ToList();

        Assert.Equal(32, parsed.TakeWhile(c => c is null).Count());
        Assert.All(parsed.Skip(32), c => Assert.NotNull(c));
        var quirk = parsed.Single(c => c?.Name == "FEMALE_TRAINEE_DPC_NURSE_ASSOC_HC")!;
        Assert.Equal("TRAINEE_NURSE_ASSOC", quirk.Role);
        Assert.True(quirk.Female);
    }

    [Fact]
    public void Workforce_rows_add_up_like_the_publications()
    {
        var file = sample.Manifest.Files.First(f => f.Kind == DatasetKind.WorkforceDetailed);
        double Cell(Func<string, string> row, string name) => double.Parse(row(name), CultureInfo.InvariantCulture);
        string[] Roles() =>
        [
            "SEN_PTNR", "PTNR_PROV", "SAL_BY_PRAC", "SAL_BY_OTH", "TRN_GR_ST1", "TRN_GR_ST2", "TRN_GR_ST3", "TRN_GR_ST4", "TRN_GR_OTH",
            "TRN_GR_F1_2", "RET", "LOCUM_VAC", "LOCUM_ABS", "LOCUM_OTH",
        ];

        // Names with commas (sub-ICB places such as "Hampshire, Southampton and Isle of Wight") are quoted.
        foreach (var row in PublishedTable.Rows(sample.PathOf(file.Path)).Take(400))
        {
            Assert.Equal(Cell(row, "TOTAL_GP_HC"), Cell(row, "MALE_GP_HC") + Cell(row, "FEMALE_GP_HC"));
            Assert.Equal(Cell(row, "TOTAL_GP_HC"), Roles().Sum(r => Cell(row, $"TOTAL_GP_{r}_HC")));
            Assert.Equal(Cell(row, "TOTAL_GP_FTE"), Roles().Sum(r => Cell(row, $"TOTAL_GP_{r}_FTE")), 1e-6);
            Assert.Equal(Cell(row, "TOTAL_NURSES_FTE"), Cell(row, "MALE_NURSES_FTE") + Cell(row, "FEMALE_NURSES_FTE"), 1e-6);
            Assert.Equal(Cell(row, "TOTAL_PATIENTS"), Cell(row, "TOTAL_MALE") + Cell(row, "TOTAL_FEMALE"));
            Assert.True(Cell(row, "TOTAL_GP_EXTGL_HC") <= Cell(row, "TOTAL_GP_EXTG_HC"));
        }
    }

    [Fact]
    public void A_2023_24_sample_writes_the_redesigned_survey_and_the_nine_column_qof_table()
    {
        var manifest = SyntheticEngland.Write(_root, new SampleOptions { Practices = 200, FirstYear = new FinancialYear(2022), LastYear = new FinancialYear(2023) });

        var survey = Read<SurveyResult>(manifest, "survey/GPPS_2024_Practice_data_(weighted)_(csv)_PUBLIC.csv");
        var qof = Read<QofAchievement>(manifest, "qof/QOF 2023-24.csv");

        Assert.Equal("2024+", survey.Report.Vintage);
        Assert.All(survey.Rows, r => Assert.InRange(r.OverallGoodPercent!.Value, 0m, 100m));
        Assert.Equal("2023-24 or 2024-25", qof.Report.Vintage);
        Assert.All(qof.Rows, r => Assert.Null(r.ListSize));
    }

    [Fact]
    public void A_2023_24_payments_file_reads_as_2023_24()
    {
        var manifest = SyntheticEngland.Write(_root, new SampleOptions { Practices = 200, FirstYear = new FinancialYear(2023), LastYear = new FinancialYear(2023) });

        var payments = Read<PracticePayments>(manifest, "payments/nhspaymentsgp-23-24-prac-csv.csv");

        Assert.All(payments.Rows, r => Assert.Equal(new FinancialYear(2023), r.Year));
    }

    [Fact]
    public void A_file_whose_body_fails_is_not_left_behind_whole_or_half_written()
    {
        var path = Path.Combine(_root, "broken", "file.csv");
        var job = new SampleFileJob("broken/file.csv", DatasetKind.Payments, "broken", SampleFileJob.Utf8, SampleFileJob.Lf,
            writer =>
            {
                writer.WriteLine("half a file");
                throw new InvalidOperationException("generation failed");
            },
            null);

        Assert.Throws<InvalidOperationException>(() => job.WriteTo(path));

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Csv_fields_are_quoted_only_where_a_reader_needs_it()
    {
        var line = new CsvLine().Text("plain").Text("a, b").Text("say \"hi\"").Quoted("x").Number(0.1 + 0.2, "G10").Number(-0.0, "0.##");
        var writer = new StringWriter();

        line.WriteTo(writer);

        Assert.Equal("plain,\"a, b\",\"say \"\"hi\"\"\",\"x\",0.3,0", writer.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static ReadResult<T> Read<T>(SampleManifest manifest, string path)
        where T : class
    {
        var file = manifest.Files.Single(f => f.Path == path);
        var result = NhsFile.Read<T>(Path.Combine(manifest.Directory, path), new ReaderOptions { Period = file.Period });
        Assert.Equal(0, result.Report.RowsRejected);
        return result;
    }
}
