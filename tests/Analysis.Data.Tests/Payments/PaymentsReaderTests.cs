using Analysis.Data.Codes;
using Analysis.Data.Payments;
using Analysis.Data.Periods;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;

namespace Analysis.Data.Tests.Payments;

public sealed class PaymentsReaderTests
{
    [SharedDataTheory]
    [InlineData("nhs-payments-gp/nhspaymentsgp-15-16-csv.csv", "2015-16", 7841, "Windows-1252")]
    [InlineData("nhs-payments-gp/nhspaymentsgp-17-18-csv.csv", "2017-18", 7543, "UTF-8")]
    [InlineData("nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv", "2022-23", 6669, "UTF-8 with BOM")]
    public void Real_vintages_are_identified_and_every_row_is_read(string file, string vintage, int rows, string encoding)
    {
        var result = NhsFile.Read<PracticePayments>(SharedData.Path(file));

        Assert.Equal(DatasetKind.Payments, result.Report.Kind);
        Assert.Equal(vintage, result.Report.Vintage);
        Assert.Equal(encoding, result.Report.Encoding);
        Assert.Equal(rows, result.Report.DataRows);
        Assert.Equal(rows, result.Rows.Count);
        Assert.Empty(result.Report.Issues);
        Assert.All(result.Rows, r => Assert.Equal(FinancialYear.Parse(vintage).Value, r.Year));
    }

    [SharedDataFact]
    public void Windows_1252_pound_signs_in_2015_16_headers_are_decoded()
    {
        var identity = NhsFile.Identify(SharedData.Path("nhs-payments-gp/nhspaymentsgp-15-16-csv.csv"));

        Assert.Equal("GlobalSum_£", identity.MappedColumns[nameof(PracticePayments.GlobalSum)]);
    }

    [SharedDataFact]
    public void A_2017_18_row_reads_excel_serial_dates_and_weighted_patients()
    {
        var rows = NhsFile.Read<PracticePayments>(SharedData.Path("nhs-payments-gp/nhspaymentsgp-17-18-csv.csv")).Rows;
        var a81001 = rows.Single(r => r.Practice == OdsCode.From("A81001"));

        Assert.Equal(new DateOnly(1999, 4, 1), a81001.OpenDate);
        Assert.Null(a81001.CloseDate);
        Assert.Equal(4114m, a81001.RegisteredPatients);
        Assert.Equal(4703.5m, a81001.WeightedPatients);
        Assert.Equal(ContractType.Gms, a81001.Contract);
        Assert.False(a81001.Dispensing);
        Assert.Equal("Q74", a81001.LocalOffice?.Code);
        Assert.Null(a81001.Region);
    }

    [SharedDataFact]
    public void A_2022_23_row_reads_decimal_averages_pcn_and_dd_mm_yyyy_dates()
    {
        var rows = NhsFile.Read<PracticePayments>(SharedData.Path("nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv")).Rows;
        var a81001 = rows.Single(r => r.Practice == OdsCode.From("A81001"));

        Assert.Equal(new DateOnly(1974, 4, 1), a81001.OpenDate);
        Assert.Equal(4029.25m, a81001.RegisteredPatients);
        Assert.Equal(4579.78m, a81001.WeightedPatients);
        Assert.Equal("U89141", a81001.Pcn?.Code);
        Assert.Equal("Y63", a81001.Region?.Code);
        Assert.Equal("16C", a81001.SubIcb?.Code);
        Assert.Equal(178, rows.Count(r => r.Pcn is null));
    }
}
