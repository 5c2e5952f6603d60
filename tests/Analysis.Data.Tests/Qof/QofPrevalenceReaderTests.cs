using Analysis.Data.Codes;
using Analysis.Data.Periods;
using Analysis.Data.Qof;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Qof;

public sealed class QofPrevalenceReaderTests
{
    private const string File2425 = "qof/PREVALENCE_2425.csv";

    private static readonly FinancialYear Year2425 = FinancialYear.Parse("2024-25").Value;

    private static readonly ReaderOptions In2425 = new() { Period = Year2425.ToString() };

    [SharedDataFact]
    public void The_raw_file_reads_129948_rows_21_registers_by_6188_practices_in_the_given_year()
    {
        var result = NhsFile.Read<QofPrevalence>(SharedData.Path(File2425), In2425);

        Assert.Equal(DatasetKind.QofPrevalence, result.Report.Kind);
        Assert.Equal(QofPrevalenceLayouts.RawData, result.Report.Vintage);
        Assert.Equal("UTF-8", result.Report.Encoding);
        Assert.Equal(129_948, result.Report.DataRows);
        Assert.Equal(129_948, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.Equal("2024-25", result.Report.Period);
        Assert.All(result.Rows, r => Assert.Equal(Year2425, r.Year));
        Assert.Equal(6188, result.Rows.Select(r => r.Practice).Distinct().Count());
        var registers = result.Rows.GroupBy(r => r.Register).ToList();
        Assert.Equal(21, registers.Count);
        Assert.All(registers, g => Assert.Equal(6188, g.Count()));
    }

    [SharedDataFact]
    public void Each_register_is_counted_against_its_own_list()
    {
        var rows = NhsFile.Read<QofPrevalence>(SharedData.Path(File2425), In2425).Rows;

        var denominators = rows.GroupBy(r => r.Register).ToDictionary(g => g.Key, g => g.Select(r => r.ListType).Distinct().Single());
        var expected = new Dictionary<string, string>
        {
            ["AF"] = "TOTAL", ["AST"] = "06OV", ["CAN"] = "TOTAL", ["CHD"] = "TOTAL", ["CKD"] = "18OV", ["COPD"] = "TOTAL",
            ["DEM"] = "TOTAL", ["DEP"] = "18OV", ["DM"] = "17OV", ["EP"] = "18OV", ["HF"] = "TOTAL", ["HYP"] = "TOTAL",
            ["LD"] = "TOTAL", ["MH"] = "TOTAL", ["NDH"] = "18OV", ["OB"] = "18OV", ["OST"] = "50OV", ["PAD"] = "TOTAL",
            ["PC"] = "TOTAL", ["RA"] = "16OV", ["STIA"] = "TOTAL",
        };
        Assert.Equal(expected.OrderBy(p => p.Key), denominators.OrderBy(p => p.Key));
        Assert.Equal(4_109_134, rows.Where(r => r.Register == "DM").Sum(r => (long)r.RegisterCount));
        Assert.Equal(52_049_752, rows.Where(r => r.Register == "DM").Sum(r => (long)r.ListSize));
        Assert.Equal(63_766_671, rows.Where(r => r.Register == "HYP").Sum(r => (long)r.ListSize));
    }

    [SharedDataFact]
    public void A_practice_reads_float_registers_as_counts_with_their_denominators()
    {
        var a81001 = NhsFile.Read<QofPrevalence>(SharedData.Path(File2425), In2425).Rows
            .Where(r => r.Practice == OdsCode.From("A81001")).ToDictionary(r => r.Register);

        Assert.Equal(21, a81001.Count);
        Assert.Equal((113, "TOTAL", 3904), (a81001["AF"].RegisterCount, a81001["AF"].ListType, a81001["AF"].ListSize));
        Assert.Equal((324, "06OV", 3687), (a81001["AST"].RegisterCount, a81001["AST"].ListType, a81001["AST"].ListSize));
        Assert.Equal((321, "17OV", 3172), (a81001["DM"].RegisterCount, a81001["DM"].ListType, a81001["DM"].ListSize));
        Assert.Equal((5, "50OV", 1620), (a81001["OST"].RegisterCount, a81001["OST"].ListType, a81001["OST"].ListSize));
        Assert.Equal(321.0 / 3172, a81001["DM"].Prevalence, 12);
    }

    [SharedDataFact]
    public void Without_a_year_the_raw_file_is_identified_and_inspected_but_not_read()
    {
        var path = SharedData.Path(File2425);

        Assert.Equal(DatasetKind.QofPrevalence, NhsFile.Identify(path).Kind);
        var inspected = NhsFile.Inspect(path);
        Assert.Equal(129_948, inspected.RowsRead);
        Assert.Null(inspected.Period);
        var error = Assert.Throws<DataFormatException>(() => NhsFile.Read<QofPrevalence>(path));
        Assert.Equal(path, error.Path);
        Assert.Equal(1, error.Line);
        Assert.Contains("does not say which financial year the file covers", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReaderOptions.Period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_count_that_is_not_whole_is_rejected_with_its_location()
    {
        var result = NhsFile.Read<QofPrevalence>(Fixture.Path("Qof", "prevalence_float-registers-and-bad-count.csv"), In2425);

        Assert.Equal(5, result.Report.DataRows);
        Assert.Equal(4, result.Rows.Count);
        Assert.Equal(0, result.Rows.Single(r => r.Register == "DM").Prevalence);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(5, issue.Line);
        Assert.Equal("3 'REGISTER'", issue.Column);
        Assert.Equal(IssueCode.NotAWholeNumber, issue.Code);
        Assert.Equal("12.5", issue.Value);
    }

    [Fact]
    public void A_register_repeated_for_a_practice_is_rejected_at_its_second_row_whether_known_or_not()
    {
        var result = NhsFile.Read<QofPrevalence>(Fixture.Path("Qof", "prevalence_repeated-registers.csv"), In2425);

        Assert.Equal(8, result.Report.DataRows);
        Assert.Equal(
            ["X00001 AF 113", "X00001 DM 321", "X00002 AF 12", "X00001 XYZ 1", "X00002 XYZ 2"],
            result.Rows.Select(r => $"{r.Practice} {r.Register} {r.RegisterCount}"));
        Assert.Equal(
            [(5, "practice X00001 register AF again (first on line 2)"), (8, "practice X00001 register XYZ again (first on line 6)"), (9, "practice X00001 register DM again (first on line 3)")],
            result.Report.Issues.Select(i => (i.Line, i.Message[(i.Message.IndexOf("found ", StringComparison.Ordinal) + 6)..])));
        Assert.All(result.Report.Issues, i => Assert.Equal(IssueCode.Duplicate, i.Code));
        Assert.All(result.Report.Issues, i => Assert.Equal("1 'PRACTICE_CODE'", i.Column));
    }

    [Fact]
    public void A_missing_value_token_longer_than_the_standard_ones_is_still_missing()
    {
        var options = In2425 with { MissingTokens = new HashSet<string>(["", "not published"], StringComparer.OrdinalIgnoreCase) };
        var path = Path.Combine(Path.GetTempPath(), $"qof-missing-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "PRACTICE_CODE,GROUP_CODE,REGISTER,PATIENT_LIST_TYPE,PRACTICE_LIST_SIZE\nX00001,AF,Not Published,TOTAL,3904\nX00001,DM,NA,17OV,3172\n");
        try
        {
            var result = NhsFile.Read<QofPrevalence>(path, options);

            Assert.Equal(2, result.Report.Issues.Count);
            Assert.Equal((2, IssueCode.MissingValue, "expected a whole number, found 'Not Published'"), (result.Report.Issues[0].Line, result.Report.Issues[0].Code, result.Report.Issues[0].Message));
            Assert.Equal((3, IssueCode.NotAWholeNumber, "expected a whole number, found 'NA'"), (result.Report.Issues[1].Line, result.Report.Issues[1].Code, result.Report.Issues[1].Message));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
