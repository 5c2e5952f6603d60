using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using P = Analysis.Data.Payments.PracticePayments;

namespace Analysis.Data.Payments;

/// <summary>
/// Where each vintage of NHS Payments to General Practice keeps each field. The weighted-patients
/// column alone has been spelt five ways.
/// </summary>
internal static class PaymentsLayouts
{
    public const string RegionCode = "RegionCode";
    public const string RegionName = "RegionName";
    public const string SubIcbCode = "SubIcbCode";
    public const string SubIcbName = "SubIcbName";
    public const string PcnCode = "PcnCode";
    public const string PcnName = "PcnName";

    public static LayoutTable Table { get; } = new(
        DatasetKind.Payments,
        ["2015-16", "2017-18", "2022-23"],
        Column(RegionCode, "NHSEnglandRegionCode", "NHS England (Region, local office) Code", "NHS England (Region) code"),
        Column(RegionName, "NHSEnglandRegionName", "NHS England (Region, local office) Name", "NHS England (Region) Name"),
        Column(SubIcbCode, "CCGCode", "CCG Code", "Sub ICB Code"),
        Column(SubIcbName, "CCGName", "CCG Name", "Sub ICB NAME"),
        Column(PcnCode, null, null, "PCN Code"),
        Column(PcnName, null, null, "PCN Name"),
        Column(nameof(P.Practice), "PracticeCode", "Practice Code", "Practice Code"),
        Column(nameof(P.Name), "PracticeName", "Practice Name", "Practice Name"),
        Column(nameof(P.Postcode), "PracticePostCode", "Practice Postcode", "Practice Postcode"),
        Column(nameof(P.OpenDate), "PracticeOpenDate", "Practice Open Date", "Practice Open Date"),
        Column(nameof(P.CloseDate), "PracticeCloseDate", "Practice Close Date", "Practice Close Date"),
        Column(nameof(P.Contract), "ContractType", "Contract Type", "Contract Type"),
        Column(nameof(P.Dispensing), "DispensingPractice", "Dispensing Practice", "Dispensing Practice"),
        Column(nameof(P.PracticeType), null, "Practice Type", "Practice type"),
        Column(nameof(P.Rurality), null, "Practice Rurality", "Practice Rurality"),
        Column(nameof(P.RegisteredPatients),
            "NumberOfRegisteredPatientsLastKnownFigure",
            "Number of Registered Patients (Last Known Figure)",
            "Average Number of Registered Patients"),
        Column(nameof(P.WeightedPatients),
            "NumberOfWeightedPatientsLastKnownFigure",
            "Number of Weighted Patients (Last Known Figure)",
            "Average Number of Weighted Patients"),
        Column(nameof(P.GlobalSum), "GlobalSum_£", "Global Sum", "Global Sum"),
        Column(nameof(P.QofPayments), "TotalQOFPayments_£", "Total QOF Payments", "Total QOF Payments"),
        Column(nameof(P.TotalPayments),
            "TotalNHSPaymentsToGeneralPractice_£",
            "Total NHS Payments to General Practice",
            "Total NHS Payments to General Practice"),
        Column(nameof(P.TotalPaymentsMinusDeductions),
            "TotalNHSPaymentsToGeneralPracticeMinusDeductions_£",
            "Total NHS Payments to General Practice Minus Deductions",
            "Total NHS Payments to General Practice Minus Deductions"));
}
