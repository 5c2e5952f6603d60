using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using P = Analysis.Data.Payments.PracticePayments;

namespace Analysis.Data.Payments;

/// <summary>
/// Where each vintage of NHS Payments to General Practice keeps each field, 2015-16 to 2023-24.
/// </summary>
/// <remarks>
/// <para>Where each column list comes from (header rows as published; spellings copied exactly, so the table
/// also documents the files):</para>
/// <list type="bullet">
/// <item>2015-16, 2017-18, 2022-23: the shared real files (see ../shared/data/PROVENANCE.md).</item>
/// <item>2016-17: joonalillfors/machine-learning-for-health-care-risk-adjustment @ 26ecfc9b7187e611e33a02f7945f9606296555ac : nhs-data/nhspaymentsgp-16-17-csv.csv</item>
/// <item>2018-19: the same repository and commit : nhs-data/nhspaymentsgp-18-19-csv.csv</item>
/// <item>2019-20: HFAnalyticsLab/gp_dashboard @ d55ba196b9260a0d55691f2a3e73b91fce9b344e : data/payments/nhspaymentsgp-19-20-prac-csv.csv</item>
/// <item>2020-21: the same repository and commit : data/payments/nhspaymentsgp-20-21-prac-csv.csv</item>
/// <item>2021-22: the same repository and commit : data/payments/nhspaymentsgp-21-22-prac-csv-v2.csv</item>
/// <item>2023-24: HFAnalyticsLab/gp_dashboard @ 50097fbc37876fb013c49f188cfa93e71f784000 : data/payments/nhspaymentsgp-23-24-prac-csv.csv</item>
/// </list>
/// <para>The weighted-patients column alone is spelt five ways: <c>NumberOfWeightedPatientsLastKnownFigure</c>
/// (2015-16), <c>NumberofWeightedPatientsLastKnownFigure</c> (2016-17), <c>Number of Weighted Patients (Last
/// Known Figure)</c> (2017-18, 2020-21, 2021-22), <c>Average Number of Weighted Patients</c> (2018-19, 2022-23)
/// and <c>Average number of weighted patients1</c> (2019-20, with a footnote digit). Headers are compared
/// ignoring case, spacing and trailing footnote digits, so footnoted headers are written here without the digit.</para>
/// <para>Every vintage is told apart by its header alone. Most differ in the region column's name (which follows
/// NHS England's renamings) or in CCG versus sub-ICB; 2020-21 and 2021-22 share every other typed column and
/// differ only in <see cref="P.GpForwardView"/>: "General Practice Forward View" became "General Practice
/// Transformation" in 2021-22.</para>
/// </remarks>
internal static class PaymentsLayouts
{

    public static LayoutTable Table { get; } = new(
        DatasetKind.Payments,
        ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24"],

        // Headers holding a comma are quoted in the files ("NHS England (Region, local office) Code").
        Column(AreaFields.RegionCode,
            "NHSEnglandRegionCode",
            "NHSEnglandRegionLocalOfficeCode",
            "NHS England (Region, local office) Code",
            "NHS England and NHS Improvement (Region, local office) Code",
            "NHS England and NHS Improvement Region Code",
            "NHS England (Region) code",
            "NHS England (Region) code",
            "NHS England (Region) code", "NHS England (Region) code"),
        Column(AreaFields.RegionName,
            "NHSEnglandRegionName",
            "NHSEnglandRegionLocalOfficeName",
            "NHS England (Region, local office) Name",
            "NHS England and NHS Improvement (Region, local office) Name",
            "NHS England and NHS Improvement Region Name",
            "NHS England (Region) Name",
            "NHS England (Region) Name",
            "NHS England (Region) Name", "NHS England (Region) Name"),
        Column(AreaFields.SubIcbCode, "CCGCode", "CCGCode", "CCG Code", "CCG Code", "CCG Code", "CCG Code", "CCG Code", "Sub ICB Code", "Sub ICB Code"),
        Column(AreaFields.SubIcbName, "CCGName", "CCGName", "CCG Name", "CCG Name", "CCG Name", "CCG NAME", "CCG NAME", "Sub ICB NAME", "Sub ICB NAME"),
        Column(AreaFields.PcnCode, null, null, null, null, "PCN Code", "PCN Code", "PCN Code", "PCN Code", "PCN Code"),
        Column(AreaFields.PcnName, null, null, null, null, "PCN Name", "PCN Name", "PCN Name", "PCN Name", "PCN Name"),
        Column(nameof(P.Practice), "PracticeCode", "PracticeCode", "Practice Code", "Practice Code", "Practice Code", "Practice Code", "Practice Code", "Practice Code", "Practice Code"),
        Column(nameof(P.Name), "PracticeName", "PracticeName", "Practice Name", "Practice Name", "Practice Name", "Practice Name", "Practice Name", "Practice Name", "Practice Name"),
        Column(nameof(P.Postcode), "PracticePostCode", "PracticePostcode", "Practice Postcode", "Practice Postcode", "Practice Postcode", "Practice Postcode", "Practice Postcode", "Practice Postcode", "Practice Postcode"),

        // Dates: "-" for unknown (2015-16), dd/mm/yyyy (2016-17, 2020-21 on), Excel serials (2017-18 to 2019-20).
        Column(nameof(P.OpenDate), "PracticeOpenDate", "PracticeOpenDate", "Practice Open Date", "Practice Open Date", "Practice Open Date", "Practice Open Date", "Practice Open Date", "Practice Open Date", "Practice Open Date"),
        Column(nameof(P.CloseDate), "PracticeCloseDate", "PracticeCloseDate", "Practice Close Date", "Practice Close Date", "Practice Close Date", "Practice Close Date", "Practice Close Date", "Practice Close Date", "Practice Close Date"),
        Column(nameof(P.Contract), "ContractType", "ContractType", "Contract Type", "Contract Type", "Contract Type", "Contract Type", "Contract Type", "Contract Type", "Contract Type"),
        Column(nameof(P.Dispensing), "DispensingPractice", "DispensingPractice", "Dispensing Practice", "Dispensing Practice", "Dispensing Practice", "Dispensing Practice", "Dispensing Practice", "Dispensing Practice", "Dispensing Practice"),
        Column(nameof(P.PracticeType), null, "PracticeType", "Practice Type", "Practice Type", "Practice Type", "Practice type", "Practice type", "Practice type", "Practice type"),
        Column(nameof(P.Rurality), null, "PracticeRurality", "Practice Rurality", "Practice Rurality", "Practice Rurality", "Practice Rurality", "Practice Rurality", "Practice Rurality", "Practice Rurality"),
        Column(nameof(P.AtypicalCharacteristics),
            null, "AtypicalCharacteristics", "Atypical Characteristics", "Atypical Characteristics", "Atypical Characteristics",
            "Atypical characteristics", "Atypical characteristics", "Atypical characteristics", "Atypical characteristics"),

        // 2019-20 publishes these four as "...1" (footnote 1).
        Column(nameof(P.RegisteredPatients),
            "NumberOfRegisteredPatientsLastKnownFigure",
            "NumberofRegisteredPatientsLastKnownFigure",
            "Number of Registered Patients (Last Known Figure)",
            "Average Number of Registered Patients",
            "Average number of registered patients",
            "Number of Registered Patients (Last Known Figure)",
            "Number of Registered Patients (Last Known Figure)",
            "Average Number of Registered Patients", "Average Number of Registered Patients"),
        Column(nameof(P.WeightedPatients),
            "NumberOfWeightedPatientsLastKnownFigure",
            "NumberofWeightedPatientsLastKnownFigure",
            "Number of Weighted Patients (Last Known Figure)",
            "Average Number of Weighted Patients",
            "Average number of weighted patients",
            "Number of Weighted Patients (Last Known Figure)",
            "Number of Weighted Patients (Last Known Figure)",
            "Average Number of Weighted Patients", "Average Number of Weighted Patients"),
        Column(nameof(P.AveragePaymentPerRegisteredPatient),
            "AveragePaymentPerRegisteredPatient_£",
            "AveragePaymentsPerRegisteredPatient_£",
            "Average payments per registered patient",
            "Average payments per registered patient",
            "Average payments per registered patient",
            "Average payments per registered patient",
            "Average payments per registered patient",
            "Average payments per registered patient", "Average payments per registered patient"),
        Column(nameof(P.AveragePaymentPerWeightedPatient),
            "AveragePaymentPerWeightedPatient_£",
            "AveragePaymentsPerWeightedPatient_£",
            "Average payments per weighted patient",
            "Average payments per weighted patient",
            "Average payments per weighted patient",
            "Average payments per weighted patient",
            "Average payments per weighted patient",
            "Average payments per weighted patient", "Average payments per weighted patient"),

        Column(nameof(P.GlobalSum), "GlobalSum_£", "GlobalSum_£", "Global Sum", "Global Sum", "Global Sum", "Global Sum", "Global Sum", "Global Sum", "Global Sum"),
        Column(nameof(P.MpigCorrectionFactor),
            "MPIGCorrectionFactor_£", "MPIGCorrectionfactor_£", "MPIG Correction factor", "MPIG Correction factor",
            "MPIG Correction factor", "MPIG Correction factor", "MPIG Correction factor", "MPIG Correction factor", "MPIG Correction factor"),
        Column(nameof(P.PmsBalance),
            "BalanceOfPMSExpenditure_£", "BalanceofPMSExpenditure_£", "Balance of PMS Expenditure", "Balance of PMS Expenditure",
            "Balance of PMS Expenditure", "Balance of PMS Expenditure", "Balance of PMS Expenditure", "Balance of PMS Expenditure", "Balance of PMS Expenditure"),
        Column(nameof(P.QofPayments),
            "TotalQOFPayments_£", "TotalQOFPayments_£", "Total QOF Payments", "Total QOF Payments",
            "Total QOF Payments", "Total QOF Payments", "Total QOF Payments", "Total QOF Payments", "Total QOF Payments"),
        Column(nameof(P.PremisesPayments),
            "PremisesPayments_£", "PremisesPayments_£", "Premises Payments", "Premises Payments",
            "Premises Payments", "Premises Payments", "Premises Payments", "Premises Payments", "Premises Payments"),

        // 2017-18 to 2019-20 publish "Appraisal Costs " with a trailing space.
        Column(nameof(P.AppraisalCosts),
            "Appraisal_AppraiserCostsInRespectOfLocums_£",
            "AppraisalAppraiserCostsinRespectofLocums_£",
            "Appraisal Costs ",
            "Appraisal Costs ",
            "Appraisal Costs ",
            "Appraisal - Appraiser Costs in Respect of Locums",
            "Appraisal - Appraiser Costs in Respect of Locums",
            "Appraisal - Appraiser Costs in Respect of Locums", "Appraisal - Appraiser Costs in Respect of Locums"),

        // The column that tells 2020-21 from 2021-22 (see remarks).
        Column(nameof(P.GpForwardView),
            null,
            "GeneralPracticeForwardView_£",
            "General Practice Forward View",
            "General Practice Forward View",
            "General Practice Forward View",
            "General Practice Forward View",
            "General Practice Transformation",
            "General Practice Transformation", "General Practice Transformation"),

        // The column that tells 2022-23 from 2023-24: PCN payments passed through practices (including the
        // Additional Roles reimbursements) were published per practice in 2022-23 only.
        Column(nameof(P.PcnWorkforcePayments), null, null, null, null, null, null, null, "PCN Workforce", null),

        // 2017-18 and 2018-19 publish "Other Payments1" (footnote 1).
        Column(nameof(P.OtherPayments),
            "OtherPayments_£", "OtherPayments_£", "Other Payments", "Other Payments",
            "Other Payments", "Other Payments", "Other Payments", "Other Payments", "Other Payments"),
        Column(nameof(P.TotalPayments),
            "TotalNHSPaymentsToGeneralPractice_£",
            "TotalNHSPaymentsToGeneralPractice_£",
            "Total NHS Payments to General Practice",
            "Total NHS Payments to General Practice",
            "Total NHS Payments to General Practice",
            "Total NHS Payments to General Practice",
            "Total NHS Payments to General Practice",
            "Total NHS Payments to General Practice", "Total NHS Payments to General Practice"),
        Column(nameof(P.Deductions),
            "DeductionsForPensionsLeviesAndPrescriptionChargeIncome_£",
            "DeductionsForPensionsLeviesAndPrescriptionChargeIncome_£",
            "Deductions for Pensions, Levies and Prescription Charge Income",
            "Deductions for Pensions, Levies and Prescription Charge Income",
            "Deductions for Pensions, Levies and Prescription Charge Income",
            "Deductions for Pensions, Levies and Prescription Charge Income",
            "Deductions for Pensions, Levies and Prescription Charge Income",
            "Deductions for Pensions, Levies and Prescription Charge Income", "Deductions for Pensions, Levies and Prescription Charge Income"),

        // 2019-20 publishes "...Minus Deductions2" (footnote 2).
        Column(nameof(P.TotalPaymentsMinusDeductions),
            "TotalNHSPaymentsToGeneralPracticeMinusDeductions_£",
            "TotalNHSPaymentsToGeneralPracticeMinusDeductions_£",
            "Total NHS Payments to General Practice Minus Deductions",
            "Total NHS Payments to General Practice Minus Deductions",
            "Total NHS Payments to General Practice Minus Deductions",
            "Total NHS Payments to General Practice Minus Deductions",
            "Total NHS Payments to General Practice Minus Deductions",
            "Total NHS Payments to General Practice Minus Deductions", "Total NHS Payments to General Practice Minus Deductions"));
}
