using Analysis.Data.Codes;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using L = Analysis.Data.Payments.PaymentsLayouts;

namespace Analysis.Data.Tests.Payments;

/// <summary>The vintages without a shared real file, read from fixtures in their published headers.</summary>
public sealed class PaymentsVintageTests
{
    private static ReadResult<PracticePayments> Read(string file) =>
        NhsFile.Read<PracticePayments>(Fixture.Path("Payments", file));

    private static PracticePayments X(ReadResult<PracticePayments> result, int n) =>
        result.Rows.Single(r => r.Practice == OdsCode.From($"X0000{n}"));

    [Theory]
    [InlineData("2016-17_windows-1252-pound-headers.csv", "2016-17", "Windows-1252")]
    [InlineData("2018-19_quoted-comma-headers-excel-serial-dates.csv", "2018-19", "UTF-8")]
    [InlineData("2019-20_footnoted-headers.csv", "2019-20", "UTF-8")]
    [InlineData("2020-21_forward-view-last-known-figure.csv", "2020-21", "UTF-8")]
    [InlineData("2021-22_transformation-long-covid.csv", "2021-22", "UTF-8")]
    public void Each_vintage_is_identified_from_its_header_and_every_row_is_read(string file, string vintage, string encoding)
    {
        var result = Read(file);

        Assert.Equal(DatasetKind.Payments, result.Report.Kind);
        Assert.Equal(vintage, result.Report.Vintage);
        Assert.Equal(vintage, result.Report.Period);
        Assert.Equal(encoding, result.Report.Encoding);
        Assert.Equal(2, result.Report.DataRows);
        Assert.Equal(2, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(FinancialYear.Parse(vintage).Value, r.Year));
        Assert.All(result.Rows, r => Assert.NotNull(r.WeightedPatients));
    }

    [Fact]
    public void The_2016_17_file_reads_pound_columns_dd_mm_yyyy_dates_and_NA_averages()
    {
        var result = Read("2016-17_windows-1252-pound-headers.csv");

        Assert.Equal("GlobalSum_£", result.Report.MappedColumns[nameof(PracticePayments.GlobalSum)]);
        Assert.Equal("NumberofWeightedPatientsLastKnownFigure", result.Report.MappedColumns[nameof(PracticePayments.WeightedPatients)]);
        var x1 = X(result, 1);
        Assert.Equal(new DateOnly(1999, 4, 1), x1.OpenDate);
        Assert.Equal(4500.5m, x1.WeightedPatients);
        Assert.Equal(350000.5m, x1.GlobalSum);
        Assert.Equal(1200m, x1.GpForwardView);
        Assert.Equal("Q74", x1.LocalOffice?.Code);
        var x2 = X(result, 2);
        Assert.Equal(new DateOnly(2017, 1, 4), x2.OpenDate);
        Assert.Null(x2.AveragePaymentPerRegisteredPatient);
        Assert.Null(x2.AveragePaymentPerWeightedPatient);
        Assert.Equal("| Part year of data | No registered patients |", x2.AtypicalCharacteristics);
    }

    [Fact]
    public void The_2018_19_file_reads_quoted_headers_excel_serials_and_a_blank_close_date()
    {
        var result = Read("2018-19_quoted-comma-headers-excel-serial-dates.csv");

        Assert.Equal("NHS England and NHS Improvement (Region, local office) Code", result.Report.MappedColumns[AreaFields.RegionCode]);
        Assert.Equal("Average Number of Weighted Patients", result.Report.MappedColumns[nameof(PracticePayments.WeightedPatients)]);
        var x1 = X(result, 1);
        Assert.Equal(new DateOnly(1999, 4, 1), x1.OpenDate);
        Assert.Null(x1.CloseDate);
        Assert.Equal(4728.6m, x1.WeightedPatients);
        Assert.Equal(2848m, x1.AppraisalCosts);
        Assert.Equal(24311.78m, x1.OtherPayments);
        var x2 = X(result, 2);
        Assert.Equal(new DateOnly(2016, 11, 1), x2.OpenDate);
        Assert.Equal(new DateOnly(2018, 5, 3), x2.CloseDate);
        Assert.Equal(ContractType.Unknown, x2.Contract);
        Assert.Null(x2.Dispensing);
        Assert.Equal("NHS ENGLAND SOUTH EAST (INVENTED, WITH COMMA)", x2.LocalOffice?.Name);
    }

    [Fact]
    public void The_2019_20_file_maps_headers_with_footnote_digits()
    {
        var result = Read("2019-20_footnoted-headers.csv");

        Assert.Equal("Average number of weighted patients1", result.Report.MappedColumns[nameof(PracticePayments.WeightedPatients)]);
        Assert.Equal("Average payments per registered patient1", result.Report.MappedColumns[nameof(PracticePayments.AveragePaymentPerRegisteredPatient)]);
        Assert.Equal("Total NHS Payments to General Practice Minus Deductions2", result.Report.MappedColumns[nameof(PracticePayments.TotalPaymentsMinusDeductions)]);
        Assert.Contains("PCN Participation3", result.Report.UnmappedColumns);
        var x1 = X(result, 1);
        Assert.Equal(9023.5m, x1.RegisteredPatients);
        Assert.Equal(8292.59m, x1.WeightedPatients);
        Assert.Equal(730443.21m, x1.PmsBalance);
        Assert.Equal(985417.71m, x1.TotalPaymentsMinusDeductions);
        Assert.Equal("Y56", x1.Region?.Code);
        Assert.Equal("U00001", x1.Pcn?.Code);
        Assert.Null(X(result, 2).Pcn);
        Assert.Equal(new DateOnly(2019, 12, 31), X(result, 2).CloseDate);
    }

    [Fact]
    public void The_2020_21_and_2021_22_files_differ_only_in_the_forward_view_column()
    {
        var older = Read("2020-21_forward-view-last-known-figure.csv");
        var newer = Read("2021-22_transformation-long-covid.csv");

        Assert.Equal("General Practice Forward View", older.Report.MappedColumns[nameof(PracticePayments.GpForwardView)]);
        Assert.Equal("General Practice Transformation", newer.Report.MappedColumns[nameof(PracticePayments.GpForwardView)]);
        Assert.Equal(
            older.Report.MappedColumns.Where(c => c.Key != nameof(PracticePayments.GpForwardView)),
            newer.Report.MappedColumns.Where(c => c.Key != nameof(PracticePayments.GpForwardView)));
        Assert.Equal(3300m, X(older, 1).GpForwardView);
        Assert.Equal(2921.87m, X(newer, 1).GpForwardView);
        Assert.Equal(16029.75m, X(older, 1).RegisteredPatients);
        Assert.Equal(4645.53m, X(newer, 1).WeightedPatients);
        Assert.Equal("INVENTED, COMMA PCN", X(newer, 2).Pcn?.Name);
    }

    [Fact]
    public void A_bad_cell_is_rejected_with_its_line_column_and_code_and_the_other_rows_are_read()
    {
        var result = Read("2019-20_bad-global-sum-and-practice-code.csv");

        Assert.Equal(3, result.Report.DataRows);
        Assert.Equal(730443.21m, X(result, 1).GlobalSum);
        Assert.Equal(2, result.Report.RowsRejected);
        Assert.Equal(2, result.Report.IssueCount);
        var globalSum = result.Report.Issues[0];
        Assert.Equal(3, globalSum.Line);
        Assert.Equal("22 'Global Sum'", globalSum.Column);
        Assert.Equal(IssueCode.NotANumber, globalSum.Code);
        Assert.Equal("n/k", globalSum.Value);
        var practice = result.Report.Issues[1];
        Assert.Equal(4, practice.Line);
        Assert.Equal("7 'Practice Code'", practice.Column);
        Assert.Equal(IssueCode.NotAPracticeCode, practice.Code);
    }

    [Fact]
    public void Strict_reading_stops_at_the_first_bad_cell_naming_file_line_and_column()
    {
        var path = Fixture.Path("Payments", "2019-20_bad-global-sum-and-practice-code.csv");

        var error = Assert.Throws<DataFormatException>(() => NhsFile.Read<PracticePayments>(path, new ReaderOptions { Strict = true }));

        Assert.Equal(3, error.Line);
        Assert.Equal("22 'Global Sum'", error.Column);
        Assert.StartsWith($"{path}(3): column 22 'Global Sum': NotANumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_given_by_the_caller_must_agree_with_the_year_the_header_names()
    {
        var path = Fixture.Path("Payments", "2019-20_footnoted-headers.csv");

        var error = Assert.Throws<DataFormatException>(() =>
            NhsFile.Read<PracticePayments>(path, new ReaderOptions { Period = "2020-21" }));

        Assert.Contains("Payments 2019-20 layout, but ReaderOptions.Period says 2020-21", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, NhsFile.Read<PracticePayments>(path, new ReaderOptions { Period = "2019-20" }).Rows.Count);
    }
}
