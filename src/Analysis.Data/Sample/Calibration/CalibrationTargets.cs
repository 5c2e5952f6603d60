using static Analysis.Data.Sample.Calibration.CalibrationStatistics;

namespace Analysis.Data.Sample.Calibration;

/// <summary>
/// The calibration targets of the synthetic sample, as data: each statistic's real value, the tolerance
/// the sample must meet, the shared file it comes from and how. Tests check both that the sample meets
/// every target and that every target with a source is what the real file says. Years are financial years
/// by their start (2022 is 2022-23); "lists of 1,000+" leaves out practices too small for rates to mean much.
/// </summary>
internal static class CalibrationTargets
{
    public const string Payments = "nhs-payments-gp/nhspaymentsgp-22-23-prac-csv.csv";
    public const string WorkforcePanel = "gp-workforce/workforce_year_DERIVED.csv";
    public const string Deprivation = "deprivation-imd/indicator-data.csv";
    public const string Qof = "qof/QOF 2022-23.csv";
    public const string Prevalence = "qof/PREVALENCE_2425.csv";
    public const string Quinary = "gp-registered-patients/gp-reg-pat-prac-quin-age_SUBSET-QHM-QF7-QT6.csv";
    public const string Detailed = "gp-workforce/1_General_Practice_–_September_2024_Practice_Level_-_Detailed_SUBSET-first-rows.csv";
    private const string PaymentsWorkforceImd = Payments + " + " + WorkforcePanel + " (Year 2023) + " + Deprivation;

    public static IReadOnlyList<CalibrationTarget> All { get; } =
    [
        new("P01", "Median registered patients, 2022-23", 8376, 500, Payments, "median of 'Average Number of Registered Patients' over rows with 1,000+", f => Median(Listed(f, 2022).Select(r => r.Registered!.Value))),
        new("P02", "10th percentile of registered patients, 2022-23", 3659, 400, Payments, "10th percentile of the same", f => Quantile(Listed(f, 2022).Select(r => r.Registered!.Value), 0.1)),
        new("P03", "90th percentile of registered patients, 2022-23", 16606, 1300, Payments, "90th percentile of the same", f => Quantile(Listed(f, 2022).Select(r => r.Registered!.Value), 0.9)),
        new("P04", "Median weighted/registered ratio, 2022-23", 1.0044, 0.02, Payments, "median of 'Average Number of Weighted Patients' / registered, lists of 1,000+", f => Median(Listed(f, 2022).Select(WeightedRatio))),
        new("P05", "10th percentile of the weighted/registered ratio", 0.8866, 0.025, Payments, "10th percentile of the same", f => Quantile(Listed(f, 2022).Select(WeightedRatio), 0.1)),
        new("P06", "90th percentile of the weighted/registered ratio", 1.1465, 0.025, Payments, "90th percentile of the same", f => Quantile(Listed(f, 2022).Select(WeightedRatio), 0.9)),
        new("P07", "Share of practices rural, 2022-23", 0.1639, 0.03, Payments, "rows with 'Practice Rurality' Rural / all rows", f => Share(f.InYear(2022), r => r.Rural == true)),
        new("P08", "Share of rural practices dispensing", 0.6331, 0.06, Payments, "'Dispensing Practice' Yes among Rural rows", f => Share(f.InYear(2022).Where(r => r.Rural == true), r => r.Dispensing == true)),
        new("P09", "Share of urban practices dispensing", 0.0452, 0.02, Payments, "'Dispensing Practice' Yes among Urban rows", f => Share(f.InYear(2022).Where(r => r.Rural == false), r => r.Dispensing == true)),
        new("P10", "Median list, rural over urban", 0.873, 0.06, Payments, "median registered (1,000+) of Rural rows / of Urban rows", f => Median(Listed(f, 2022).Where(r => r.Rural == true).Select(r => r.Registered!.Value)) / Median(Listed(f, 2022).Where(r => r.Rural == false).Select(r => r.Registered!.Value))),
        new("P11", "Median weighted ratio, rural over urban", 1.1076, 0.04, Payments, "median weighted/registered (1,000+) of Rural rows / of Urban rows", f => Median(Listed(f, 2022).Where(r => r.Rural == true).Select(WeightedRatio)) / Median(Listed(f, 2022).Where(r => r.Rural == false).Select(WeightedRatio))),
        new("P12", "Share of practices on PMS contracts", 0.2422, 0.04, Payments, "'Contract Type' PMS / all rows", f => Share(f.InYear(2022), r => r.Contract == "PMS")),
        new("P13", "Share of practices on APMS contracts", 0.0352, 0.015, Payments, "'Contract Type' APMS / all rows", f => Share(f.InYear(2022), r => r.Contract == "APMS")),
        new("P14", "England weighted over registered patients", 0.9999, 0.002, Payments, "Σ weighted / Σ registered over all rows", f => Ratio(f.InYear(2022).Where(r => r.Registered is not null).Select(r => (r.Weighted!.Value, r.Registered!.Value)))),

        new("W01", "England qualified GP FTE per 10,000 registered, 2019-20", 4.473, 0.1, WorkforcePanel, "Σ TOTAL_GP_EXTGL_FTE / Σ TOTAL_PATIENTS × 10,000, Year 2020, lists of 1,000+", f => 1e4 * Ratio(Staffed(f, 2019).Select(r => (r.QualifiedGpFte!.Value, r.WorkforcePatients!.Value)))),
        new("W02", "England qualified GP FTE per 10,000 registered, 2022-23", 4.281, 0.1, WorkforcePanel, "the same, Year 2023", f => 1e4 * Ratio(Staffed(f, 2022).Select(r => (r.QualifiedGpFte!.Value, r.WorkforcePatients!.Value)))),
        new("W03", "GP trainees and locums FTE per 10,000 registered, 2022-23", 1.396, 0.1, WorkforcePanel, "Σ TOTAL_LOCUUM_TRN_FTE / Σ TOTAL_PATIENTS × 10,000, Year 2023, lists of 1,000+", f => 1e4 * Ratio(Staffed(f, 2022).Where(r => r.TraineeAndLocumFte is not null).Select(r => (r.TraineeAndLocumFte!.Value, r.WorkforcePatients!.Value)))),
        new("W04", "Median qualified GP FTE per 10,000 registered, 2022-23", 4.281, 0.25, WorkforcePanel, "median over practices of TOTAL_GP_EXTGL_FTE / TOTAL_PATIENTS × 10,000, Year 2023, lists of 1,000+", f => Median(Staffed(f, 2022).Select(r => 1e4 * r.QualifiedGpFte!.Value / r.WorkforcePatients!.Value))),
        new("W05", "10th percentile of the same", 2.21, 0.3, WorkforcePanel, "10th percentile of the same", f => Quantile(Staffed(f, 2022).Select(r => 1e4 * r.QualifiedGpFte!.Value / r.WorkforcePatients!.Value), 0.1)),
        new("W06", "90th percentile of the same", 6.43, 0.4, WorkforcePanel, "90th percentile of the same", f => Quantile(Staffed(f, 2022).Select(r => 1e4 * r.QualifiedGpFte!.Value / r.WorkforcePatients!.Value), 0.9)),
        new("W07", "Median nurse FTE per 10,000 registered, 2022-23", 2.33, 0.3, WorkforcePanel, "median of TOTAL_NURSES_FTE / TOTAL_PATIENTS × 10,000, Year 2023, lists of 1,000+, NA left out", f => PerTenThousand(f, 2022, r => r.NurseFte)),
        new("W08", "Median direct patient care FTE per 10,000 registered, 2022-23", 1.79, 0.3, WorkforcePanel, "the same for TOTAL_DPC_FTE", f => PerTenThousand(f, 2022, r => r.DpcFte)),
        new("W09", "Median admin FTE per 10,000 registered, 2022-23", 11.61, 0.8, WorkforcePanel, "the same for TOTAL_ADMIN_FTE", f => PerTenThousand(f, 2022, r => r.AdminFte)),
        new("W10", "Median list in the workforce file, 2019-20", 7786, 450, WorkforcePanel, "median TOTAL_PATIENTS, Year 2020, lists of 1,000+ with a GP figure", f => Median(Staffed(f, 2019).Select(r => r.WorkforcePatients!.Value))),
        new("W11", "Median list in the workforce file, 2022-23", 8355, 500, WorkforcePanel, "the same, Year 2023", f => Median(Staffed(f, 2022).Select(r => r.WorkforcePatients!.Value))),
        new("W12", "Practices with a GP figure, 2022-23 over 2019-20", 0.953, 0.03, WorkforcePanel, "rows with TOTAL_GP_EXTGL_FTE given, Year 2023 / Year 2020", f => (double)f.InYear(2022).Count(r => r.QualifiedGpFte is not null) / f.InYear(2019).Count(r => r.QualifiedGpFte is not null)),

        new("J01", "Median qualified GP FTE per 10,000 weighted patients, 2022-23", 4.257, 0.25, PaymentsWorkforceImd, "median of TOTAL_GP_EXTGL_FTE / weighted × 10,000, practices in all three, lists of 1,000+", f => Median(Joined(f).Select(GpPerWeighted))),
        new("J02", "Inverse care law: GP FTE per weighted patient, most over least deprived fifth", 0.777, 0.05, PaymentsWorkforceImd, "Σ FTE / Σ weighted in the top IMD quintile over the bottom one (quintiles by rank among the joined practices)", f => QuintileGradient(Joined(f).ToList())),
        new("J03", "Spearman correlation of GP FTE per weighted patient with IMD", -0.245, 0.07, PaymentsWorkforceImd, "rank correlation over the joined practices", f => Spearman(Joined(f).Select(GpPerWeighted).ToList(), Joined(f).Select(r => r.Imd!.Value).ToList())),
        new("J04", "South West over England, GP FTE per weighted patient", 1.150, 0.05, PaymentsWorkforceImd, "Σ FTE / Σ weighted in region Y58 over all joined practices", f => Ratio(Joined(f).Where(r => r.Region == "Y58").Select(FteWeighted)) / Ratio(Joined(f).Select(FteWeighted))),
        new("J05", "Rural over urban, GP FTE per weighted patient", 1.073, 0.05, PaymentsWorkforceImd, "Σ FTE / Σ weighted, Rural over Urban joined practices", f => Ratio(Joined(f).Where(r => r.Rural == true).Select(FteWeighted)) / Ratio(Joined(f).Where(r => r.Rural == false).Select(FteWeighted))),
        new("J06", "Spearman correlation of the weighted ratio with IMD", 0.214, 0.08, PaymentsWorkforceImd, "rank correlation over the joined practices", f => Spearman(Joined(f).Select(WeightedRatio).ToList(), Joined(f).Select(r => r.Imd!.Value).ToList())),
        new("J07", "Spearman correlation of list size with IMD", -0.185, 0.07, PaymentsWorkforceImd, "rank correlation over the joined practices", f => Spearman(Joined(f).Select(r => r.Registered!.Value).ToList(), Joined(f).Select(r => r.Imd!.Value).ToList())),

        new("D01", "Median practice IMD 2019 score", 21.32, 1.0, Deprivation, "median of Value over Area Type GP rows", f => Median(Scores(f))),
        new("D02", "10th percentile of practice IMD scores", 10.06, 1.0, Deprivation, "10th percentile of the same", f => Quantile(Scores(f), 0.1)),
        new("D03", "90th percentile of practice IMD scores", 39.85, 2.0, Deprivation, "90th percentile of the same", f => Quantile(Scores(f), 0.9)),
        new("D04", "England deprivation score", 21.72, 1.0, Deprivation, "Value of the England row (the sample: practice scores weighted by patients)", f => f.EnglandImd ?? double.NaN),
        new("D05", "Median IMD of rural over urban practices, 2022-23", 0.592, 0.06, Payments + " + " + Deprivation, "median score of Rural rows over that of Urban rows", f => Median(f.InYear(2022).Where(r => r.Rural == true && r.Imd is not null).Select(r => r.Imd!.Value)) / Median(f.InYear(2022).Where(r => r.Rural == false && r.Imd is not null).Select(r => r.Imd!.Value))),

        new("Q01", "Median QOF achievement, % of maximum, 2022-23", 91.89, 1.0, Qof, "median of 'QOF points total / 635 available (%)'", f => Median(Achieved(f))),
        new("Q02", "10th percentile of QOF achievement", 80.06, 2.0, Qof, "10th percentile of the same", f => Quantile(Achieved(f), 0.1)),
        new("Q03", "90th percentile of QOF achievement", 98.86, 0.7, Qof, "90th percentile of the same", f => Quantile(Achieved(f), 0.9)),
        new("Q04", "Spearman correlation of QOF achievement with IMD", -0.287, 0.07, Qof + " + " + Deprivation, "rank correlation over practices with both", f => Spearman(f.InYear(2022).Where(r => r.QofPercentOfMaximum is not null && r.Imd is not null).Select(r => r.QofPercentOfMaximum!.Value).ToList(), f.InYear(2022).Where(r => r.QofPercentOfMaximum is not null && r.Imd is not null).Select(r => r.Imd!.Value).ToList())),

        .. CalibrationRegisterTargets.All,

        new("A01", "England share of registered patients aged 65+", 0.1850, 0.01, Quinary, "Σ over the seven 'Comm Region' rows of bands 65_69 … 95+ (both sexes) / Σ ALL (the sample: its last quarterly extract)", f => f.EnglandShare65 ?? double.NaN),
        new("A02", "England share of registered patients who are female", 0.5002, 0.005, Quinary, "the same for FEMALE ALL over ALL ALL", f => f.EnglandFemaleShare ?? double.NaN),
        new("A03", "Pearson correlation of the weighted ratio with the 65+ share (ICBs QHM, QF7, QT6)", 0.523, 0.12, Quinary + " + " + Payments, "over the subset's GP rows (lists of 1,000+) joined to 2022-23 weighted/registered", f => Pearson(Northern(f).Select(WeightedRatio).ToList(), Northern(f).Select(r => r.Share65!.Value).ToList())),
        new("A04", "Spearman correlation of the 65+ share with IMD (ICBs QHM, QF7, QT6)", -0.58, 0.15, Quinary + " + " + Payments + " + " + Deprivation, "rank correlation over the same practices with a score", f => Spearman(Northern(f).Where(r => r.Imd is not null).Select(r => r.Share65!.Value).ToList(), Northern(f).Where(r => r.Imd is not null).Select(r => r.Imd!.Value).ToList())),

        new("G01", "Share of fully qualified GPs aged 55+ (headcount)", 0.193, 0.05, Detailed, "Σ TOTAL_GP_EXTGL_HC_55TO59 … _70PLUS / Σ TOTAL_GP_EXTGL_HC over the 41 rows (the sample: its latest census, all practices)", f => GpShare(f, r => r.QualifiedGps55Plus)),
        new("G02", "Share of fully qualified GPs who are women (headcount)", 0.529, 0.05, Detailed, "Σ FEMALE_GP_EXTGL_HC / Σ TOTAL_GP_EXTGL_HC", f => GpShare(f, r => r.FemaleQualifiedGps)),
        new("G03", "Fully qualified GP FTE per head", 0.739, 0.05, Detailed, "Σ TOTAL_GP_EXTGL_FTE / Σ TOTAL_GP_EXTGL_HC", f => GpShare(f, r => r.QualifiedGpFte)),

        new("S01", "Mean share of patients with a good overall experience, 2023 wave", 0.71, 0.03, null, "assumption: the published national headline for 2023 (about 71%); no practice file is shared", f => Wave2023(f).Average(r => r.SurveyOverallGood!.Value)),
        new("S02", "Mean share finding it easy to get through by phone, 2023 wave", 0.50, 0.04, null, "assumption: the published national headline for 2023 (about half); no practice file is shared", f => Wave2023(f).Average(r => r.SurveyPhoneEasy!.Value)),
        new("S03", "Spearman correlation of good overall experience with GP FTE per weighted patient, 2023 wave", 0.25, 0.15, null, "assumption: positive, as practice-level studies find; computed over practices with both, 2022-23", f => Spearman(Surveyed(f).Select(r => r.SurveyOverallGood!.Value).ToList(), Surveyed(f).Select(GpPerWeighted).ToList())),
        new("S04", "Spearman correlation of good overall experience with list size, 2023 wave", -0.25, 0.15, null, "assumption: negative, as the BJGP 2021 letter behind the shared list-size data reports; same practices", f => Spearman(Surveyed(f).Select(r => r.SurveyOverallGood!.Value).ToList(), Surveyed(f).Select(r => r.Registered!.Value).ToList())),
    ];

    private static IEnumerable<CalibrationRow> Listed(CalibrationFrame f, int year) =>
        f.InYear(year).Where(r => r.Registered >= 1000 && r.Weighted is not null);

    private static IEnumerable<CalibrationRow> Staffed(CalibrationFrame f, int year) =>
        f.InYear(year).Where(r => r.WorkforcePatients >= 1000 && r.QualifiedGpFte is not null);

    private static IEnumerable<CalibrationRow> Joined(CalibrationFrame f) =>
        Listed(f, 2022).Where(r => r.QualifiedGpFte is not null && r.Imd is not null);

    private static IEnumerable<CalibrationRow> Northern(CalibrationFrame f) =>
        Listed(f, 2022).Where(r => r.Share65 is not null && r.Icb is "QHM" or "QF7" or "QT6");

    private static IEnumerable<CalibrationRow> Surveyed(CalibrationFrame f) =>
        Joined(f).Where(r => r.SurveyOverallGood is not null);

    // The wave fielded in early 2023 is published in July 2023 and belongs to 2022-23.
    private static IEnumerable<CalibrationRow> Wave2023(CalibrationFrame f) =>
        f.InYear(2022).Where(r => r.SurveyOverallGood is not null);

    private static double WeightedRatio(CalibrationRow r) => r.Weighted!.Value / r.Registered!.Value;

    private static double GpPerWeighted(CalibrationRow r) => 1e4 * r.QualifiedGpFte!.Value / r.Weighted!.Value;

    private static (double, double) FteWeighted(CalibrationRow r) => (r.QualifiedGpFte!.Value, r.Weighted!.Value);

    private static double Share(IEnumerable<CalibrationRow> rows, Func<CalibrationRow, bool> test)
    {
        var list = rows.ToList();
        return (double)list.Count(test) / list.Count;
    }

    private static double PerTenThousand(CalibrationFrame f, int year, Func<CalibrationRow, double?> fte) =>
        Median(Staffed(f, year).Where(r => fte(r) is not null).Select(r => 1e4 * fte(r)!.Value / r.WorkforcePatients!.Value));

    private static double QuintileGradient(List<CalibrationRow> rows)
    {
        var quintile = Quintiles(rows.Select(r => r.Imd!.Value).ToList());
        return Ratio(rows.Where((_, i) => quintile[i] == 5).Select(FteWeighted)) / Ratio(rows.Where((_, i) => quintile[i] == 1).Select(FteWeighted));
    }

    private static IEnumerable<double> Scores(CalibrationFrame f) =>
        f.Rows.Where(r => r.Imd is not null).GroupBy(r => r.Practice, StringComparer.Ordinal).Select(g => g.First().Imd!.Value);

    private static IEnumerable<double> Achieved(CalibrationFrame f) =>
        f.InYear(2022).Where(r => r.QofPercentOfMaximum is not null).Select(r => r.QofPercentOfMaximum!.Value);

    private static double GpShare(CalibrationFrame f, Func<CalibrationRow, double?> part)
    {
        var rows = f.InYear(f.LatestWith(r => r.QualifiedGpHeadcount is not null)).Where(r => r.QualifiedGpHeadcount is not null).ToList();
        return rows.Sum(r => part(r) ?? 0) / rows.Sum(r => r.QualifiedGpHeadcount!.Value);
    }
}
