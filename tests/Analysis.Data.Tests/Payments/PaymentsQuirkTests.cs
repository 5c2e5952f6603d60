using Analysis.Data.Codes;
using Analysis.Data.Payments;
using Analysis.Data.Reading;
using Analysis.Data.Tests.Support;
using Analysis.Testing;
using L = Analysis.Data.Payments.PaymentsLayouts;

namespace Analysis.Data.Tests.Payments;

/// <summary>The quirks of the real payments files, each pinned on the file that has it.</summary>
public sealed class PaymentsQuirkTests
{
    private const string File1516 = "nhs-payments-gp/nhspaymentsgp-15-16-csv.csv";
    private const string File1718 = "nhs-payments-gp/nhspaymentsgp-17-18-csv.csv";
    private const string File2223 = "nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv";

    private static PracticePayments Practice(string file, string code) =>
        NhsFile.Read<PracticePayments>(SharedData.Path(file)).Rows.Single(r => r.Practice == OdsCode.From(code));

    [SharedDataFact]
    public void A_dash_is_a_missing_date_in_2015_16()
    {
        var rows = NhsFile.Read<PracticePayments>(SharedData.Path(File1516)).Rows;

        var a81001 = rows.Single(r => r.Practice == OdsCode.From("A81001"));
        Assert.Null(a81001.OpenDate);
        Assert.Null(a81001.CloseDate);
        Assert.Equal(new DateOnly(2015, 12, 8), rows.Single(r => r.Practice == OdsCode.From("Y05248")).OpenDate);
        Assert.Equal(new DateOnly(2015, 9, 30), rows.Single(r => r.Practice == OdsCode.From("C85012")).CloseDate);
        Assert.Equal(127, rows.Count(r => r.CloseDate is not null));
    }

    [SharedDataFact]
    public void Windows_1252_pound_columns_of_2015_16_read_their_amounts()
    {
        var a81001 = Practice(File1516, "A81001");

        Assert.Equal(4804.16288m, a81001.WeightedPatients);
        Assert.Equal(136.28m, a81001.AveragePaymentPerWeightedPatient);
        Assert.Equal(348889.44m, a81001.GlobalSum);
        Assert.Equal(-77009.55m, a81001.Deductions);
        Assert.Null(a81001.GpForwardView);
        Assert.Null(a81001.PracticeType);
    }

    [SharedDataFact]
    public void NA_in_the_2017_18_average_payment_columns_is_missing_and_the_rows_are_still_read()
    {
        var result = NhsFile.Read<PracticePayments>(SharedData.Path(File1718));

        var withoutAverage = result.Rows.Where(r => r.AveragePaymentPerRegisteredPatient is null).ToList();
        Assert.Equal(158, withoutAverage.Count);
        Assert.All(withoutAverage, r => Assert.Null(r.AveragePaymentPerWeightedPatient));
        var a81008 = withoutAverage.Single(r => r.Practice == OdsCode.From("A81008"));
        Assert.Equal(0m, a81008.RegisteredPatients);
        Assert.Equal(-1453.99m, a81008.TotalPayments);
        Assert.Equal(164.27m, Practice(File1718, "A81001").AveragePaymentPerRegisteredPatient);
    }

    [SharedDataFact]
    public void The_quoted_2017_18_region_header_with_a_comma_is_one_column()
    {
        var identity = NhsFile.Identify(SharedData.Path(File1718));

        Assert.Equal("NHS England (Region, local office) Code", identity.MappedColumns[AreaFields.RegionCode]);
        Assert.Equal("NHS England (Region, local office) Name", identity.MappedColumns[AreaFields.RegionName]);
        Assert.Equal("Deductions for Pensions, Levies and Prescription Charge Income", identity.MappedColumns[nameof(PracticePayments.Deductions)]);
        Assert.Equal("NHS ENGLAND NORTH (CUMBRIA AND NORTH EAST)", Practice(File1718, "A81001").LocalOffice?.Name);
    }

    [SharedDataFact]
    public void Appraisal_Costs_with_a_trailing_space_and_Other_Payments1_with_a_footnote_are_read()
    {
        var identity = NhsFile.Identify(SharedData.Path(File1718));
        var a81001 = Practice(File1718, "A81001");

        Assert.Equal("Appraisal Costs ", identity.MappedColumns[nameof(PracticePayments.AppraisalCosts)]);
        Assert.Equal("Other Payments1", identity.MappedColumns[nameof(PracticePayments.OtherPayments)]);
        Assert.Equal(9144m, a81001.AppraisalCosts);
        Assert.Equal(15620.72m, a81001.OtherPayments);
        Assert.Equal(-66185.19m, a81001.Deductions);
        Assert.Equal(0m, a81001.GpForwardView);
    }

    [SharedDataFact]
    public void The_2022_23_BOM_does_not_reach_the_first_header_and_unknown_contracts_are_unknown()
    {
        var result = NhsFile.Read<PracticePayments>(SharedData.Path(File2223));

        Assert.Equal("NHS England (Region) code", result.Report.MappedColumns[AreaFields.RegionCode]);
        Assert.Equal(155, result.Rows.Count(r => r.Contract == ContractType.Unknown));
        Assert.Equal(188, result.Rows.Count(r => r.Dispensing is null));
        Assert.Equal(163 + 43, result.Rows.Count(r => r.AtypicalCharacteristics?.Contains("No registered patients", StringComparison.Ordinal) == true));
    }

    [SharedDataFact]
    public void Unknown_or_no_PCN_is_no_PCN_while_the_rest_of_the_row_is_read()
    {
        var rows = NhsFile.Read<PracticePayments>(SharedData.Path(File2223)).Rows;

        var withoutPcn = rows.Where(r => r.Pcn is null).ToList();
        Assert.Equal(178, withoutPcn.Count);
        Assert.All(withoutPcn, r => Assert.NotNull(r.SubIcb));
        Assert.DoesNotContain(rows, r => r.Pcn?.Code.Contains("Unknown", StringComparison.OrdinalIgnoreCase) == true);
    }

    [SharedDataFact]
    public void A_2022_23_row_reads_every_payment_line()
    {
        var a81001 = Practice(File2223, "A81001");

        Assert.Equal(178.81m, a81001.AveragePaymentPerRegisteredPatient);
        Assert.Equal(157.31m, a81001.AveragePaymentPerWeightedPatient);
        Assert.Equal(438099.78m, a81001.GlobalSum);
        Assert.Equal(52178.74m, a81001.QofPayments);
        Assert.Equal(135112.89m, a81001.PremisesPayments);
        Assert.Equal(0m, a81001.GpForwardView);
        Assert.Equal(26685.24m, a81001.OtherPayments);
        Assert.Equal(720462.51m, a81001.TotalPayments);
        Assert.Equal(-84342.76m, a81001.Deductions);
        Assert.Equal(636119.75m, a81001.TotalPaymentsMinusDeductions);
        Assert.Equal("STOCKTON PCN", a81001.Pcn?.Name);
    }
}
